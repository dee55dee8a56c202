package dev.copydesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out/report.html");
        AtomicFile.write(target, w -> w.write("<p>caf\u00e9</p>\n"));
        assertThat(Files.readString(target)).isEqualTo("<p>caf\u00e9</p>\n");
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    @Test
    void newFilesAreReadableByAllAndReplacedFilesKeepTheirPermissions() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions only");
        Path fresh = dir.resolve("fresh.html");
        AtomicFile.write(fresh, w -> w.write("a"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Path existing = dir.resolve("existing.json");
        Files.writeString(existing, "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(existing, w -> w.write("new"));
        assertThat(Files.readString(existing)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-rw----");
    }

    @Test
    void leftoversOfKilledWritesAreRemovedOnceTheyAreOld() throws IOException {
        Path target = dir.resolve("report.json");
        Path old = Files.writeString(dir.resolve(".report.json.123.tmp"), "{\"half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(AtomicFile.LEFTOVER_AGE).minusSeconds(60)));
        Path recent = Files.writeString(dir.resolve(".report.json.456.tmp"), "{\"being written");
        Path other = Files.writeString(dir.resolve(".other.json.789.tmp"), "not ours");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(1))));

        AtomicFile.write(target, w -> w.write("{}"));

        assertThat(Files.readString(target)).isEqualTo("{}");
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(other).exists();
    }

    @Test
    void pipesAreWrittenDirectlyAndLinksKeepPointingAtTheirFile() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        AtomicFile.write(fifo, w -> w.write("{\"through\": \"the pipe\"}"));
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("{\"through\": \"the pipe\"}");
        assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();

        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        AtomicFile.write(link, w -> w.write("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }
}
