package dev.copydesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar runs in a 512 MB heap over a folder of many files and a few large ones: documents are not all held in
 * memory, large files are checked one at a time, a 50 MB file is refused by the size limit before it is read, and
 * one that is let through and runs out of memory fails alone.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SmallHeapIT {

    private static final Path JAR = Path.of("target/copydesk.jar").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void manyFilesAndLargeOnesInA512MegabyteHeap() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        for (int i = 0; i < 5_000; i++) {
            Files.writeString(site.resolve("article-" + i + ".md"), article(i, 40));
        }
        writeLarge(site.resolve("large-a.md"), 9L << 20);
        writeLarge(site.resolve("large-b.md"), 9L << 20);
        writeLarge(site.resolve("dump.md"), 50L << 20);

        Result limited = run("-Xmx512m", "check", "--no-grammar", "--today=2026-06-15", "--format=json", site.toString());
        Result unlimited = run("-Xmx512m", "check", "--no-grammar", "--today=2026-06-15", "--format=json", "--max-file-size=0",
                site.resolve("dump.md").toString(), site.resolve("article-1.md").toString());

        assertThat(limited.exit).as(limited.err).isEqualTo(2);
        assertThat(limited.err).isEqualTo("copydesk: " + site.resolve("dump.md") + ": too large to check (50.0 MB, "
                + "the limit is 10 MB; raise it with --max-file-size)\n");
        JsonNode report = JSON.readTree(limited.out);
        assertThat(report.at("/summary/files").asInt()).isEqualTo(5_003);
        assertThat(report.at("/summary/filesWithErrors").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/filesWithFindings").asInt()).isEqualTo(5_002);

        assertThat(unlimited.exit).as(unlimited.err).isEqualTo(2);
        assertThat(unlimited.err).startsWith("copydesk: " + site.resolve("dump.md") + ": ran out of memory (50.0 MB)")
                .doesNotContain("\tat ");
        assertThat(JSON.readTree(unlimited.out).at("/summary/filesWithFindings").asInt()).isEqualTo(1);
    }

    /**
     * With grammar checking, LanguageTool shares the heap: two large files, checked one after the other, must not both
     * be held (the grammar results of the last document a thread checked are kept only softly).
     */
    @Test
    void grammarAndLargeFilesInA512MegabyteHeap() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        for (int i = 0; i < 200; i++) {
            Files.writeString(site.resolve("article-" + i + ".md"), article(i, 10));
        }
        writeLarge(site.resolve("large-a.md"), 9L << 20);
        writeLarge(site.resolve("large-b.md"), 9L << 20);

        Result r = run("-Xmx512m", "check", "--grammar", "--no-cache", "--today=2026-06-15", "--format=json",
                site.toString());

        assertThat(r.exit).as(r.err).isEqualTo(0);
        assertThat(r.err).contains("copydesk: warning: " + site.resolve("large-a.md") + ": grammar and spelling "
                + "checked only the first").contains("copydesk: warning: " + site.resolve("large-b.md")
                + ": grammar and spelling checked only the first").doesNotContain("ran out of memory");
        assertThat(JSON.readTree(r.out).at("/summary/files").asInt()).isEqualTo(202);
    }

    private static String article(int n, int paragraphs) {
        StringBuilder text = new StringBuilder("# Article " + n + "\n\n");
        for (int j = 0; j < paragraphs; j++) {
            text.append("Paragraph ").append(j).append(" of article ").append(n)
                    .append(" says something new about the town, its people and its council. ");
            if (j % 10 == 0) {
                text.append("Click here for more.");
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    private static void writeLarge(Path file, long size) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            for (int i = 0; written < size; i++) {
                byte[] block = article(i, 100).getBytes(StandardCharsets.UTF_8);
                out.write(block);
                written += block.length;
            }
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String heap, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".json");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        return new Result(exit, Files.readString(out), Files.readString(err));
    }
}
