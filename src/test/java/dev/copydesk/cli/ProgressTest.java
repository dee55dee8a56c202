package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    private static final long MS = 1_000_000L;

    private final StringWriter err = new StringWriter();
    private final AtomicLong clock = new AtomicLong(5_000 * MS);

    private Progress progress(boolean terminal, int total) {
        return new Progress(new PrintWriter(err, true), terminal, total, clock::get);
    }

    @Test
    void updatesAtMostTenTimesASecondAndNotBeforeTheFirstInterval() {
        Progress p = progress(true, 1_500);

        p.fileDone("a.md", 2);
        clock.addAndGet(99 * MS);
        p.fileDone("b.md", 0);
        assertThat(err.toString()).isEmpty();

        clock.addAndGet(1 * MS);
        p.fileDone("c.md", 1);
        assertThat(err.toString()).isEqualTo("\rChecking: 3 of 1,500 files, 3 findings so far\r");

        clock.addAndGet(50 * MS);
        p.fileDone("d.md", 1);
        assertThat(err.toString()).isEqualTo("\rChecking: 3 of 1,500 files, 3 findings so far\r");

        clock.addAndGet(50 * MS);
        p.fileDone("e.md", 0);
        assertThat(err.toString()).endsWith("\rChecking: 5 of 1,500 files, 4 findings so far\r");
        assertThat(p.done()).isEqualTo(5);
        assertThat(p.findings()).isEqualTo(4);
    }

    @Test
    void aShorterLinePadsOverTheEndOfTheLongerOneAndClearErasesIt() {
        Progress p = progress(true, 20);
        clock.addAndGet(100 * MS);
        p.fileDone("a.md", 12_345);
        String first = "Checking: 1 of 20 files, 12,345 findings so far";
        assertThat(err.toString()).isEqualTo("\r" + first + "\r");

        err.getBuffer().setLength(0);
        p.clear();
        assertThat(err.toString()).isEqualTo("\r" + " ".repeat(first.length()) + "\r");

        err.getBuffer().setLength(0);
        p.clear();
        assertThat(err.toString()).as("nothing left to clear").isEmpty();
    }

    @Test
    void oneFindingIsSingular() {
        Progress p = progress(true, 2);
        clock.addAndGet(200 * MS);
        p.fileDone("a.md", 1);
        assertThat(err.toString()).isEqualTo("\rChecking: 1 of 2 files, 1 finding so far\r");
    }

    @Test
    void printsNothingWhenStandardErrorIsNotATerminal() {
        Progress p = progress(false, 3);
        for (int i = 0; i < 3; i++) {
            clock.addAndGet(1_000 * MS);
            p.fileDone("f" + i + ".md", 4);
        }
        p.clear();
        assertThat(err.toString()).isEmpty();
        assertThat(p.done()).isEqualTo(3);
        assertThat(p.findings()).isEqualTo(12);
    }

    @Test
    void theCommandShowsProgressOnlyWhenAskedOrOnATerminal(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 300; i++) {
            Files.writeString(dir.resolve("a" + i + ".md"), "Click here.\n");
        }
        Cli auto = Cli.run("check", "--today=2026-06-15", dir.toString());
        Cli always = Cli.run("check", "--today=2026-06-15", "--progress=always", "-j", "1", dir.toString());

        assertThat(auto.err()).isEmpty();
        assertThat(always.out()).isEqualTo(auto.out());
        // Whatever was shown was erased before the report: every line drawn is followed by its erasure.
        assertThat(always.err()).matches("(\\rChecking: [0-9,]+ of 300 files, [0-9,]+ findings so far *\\r)*"
                + "(\\r *\\r)?");
    }
}
