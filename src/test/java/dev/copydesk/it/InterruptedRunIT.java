package dev.copydesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost when a run is killed: the jar writes a large report (and a baseline) with {@code -o}, and is killed
 * with SIGKILL at several moments, among them while the report is being written. The target is then either as it
 * was before (absent or the old report) or complete and valid, and the only other file is a hidden temporary one.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class InterruptedRunIT {

    private static final Path JAR = Path.of("target/copydesk.jar").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path site;

    @TempDir
    Path out;

    /** 300 articles with about 150 findings each: a JSON report of tens of megabytes. */
    @BeforeAll
    static void writeSite() throws IOException {
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder("# Best tools of 2019\n\n");
            for (int j = 0; j < 150; j++) {
                text.append("Paragraph ").append(j).append(" of article ").append(i)
                        .append(": click here to read the rest.\n\n");
            }
            Files.writeString(site.resolve("article-" + i + ".md"), text);
        }
    }

    @Test
    void aReportIsNeverLeftHalfWritten() throws Exception {
        Path report = out.resolve("report.json");
        Files.writeString(report, "{\"old\": true}\n");
        int killedWhileWriting = 0;
        for (long delay : new long[] {0, 300, 700, 1200, -1, -1, -1}) {
            Process p = start("check", "--no-grammar", "--today=2026-06-15", "--format=json", "-o", report.toString(),
                    site.toString());
            boolean writing = delay < 0 ? awaitTemporaryFile(p, "report.json") : sleepThenAlive(p, delay);
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (writing && delay < 0) {
                killedWhileWriting++;
            }
            assertOldOrComplete(report);
            assertOnlyHiddenLeftovers("report.json");
        }
        assertThat(killedWhileWriting).as("runs killed while the report was being written").isEqualTo(3);

        Process finished = start("check", "--no-grammar", "--today=2026-06-15", "--format=json", "-o", report.toString(),
                site.toString());
        assertThat(finished.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(finished.exitValue()).isEqualTo(0);
        JsonNode complete = JSON.readTree(report.toFile());
        assertThat(complete.at("/summary/files").asInt()).isEqualTo(300);
        assertThat(complete.at("/summary/warnings").asInt()).isEqualTo(300 * 151);
    }

    @Test
    void aBaselineIsNeverLeftHalfWritten() throws Exception {
        Path baseline = out.resolve("baseline.json");
        for (int attempt = 0; attempt < 3; attempt++) {
            Process p = start("check", "--no-grammar", "--today=2026-06-15", "--format=json", "-o", out.resolve("r.json").toString(), "--write-baseline",
                    baseline.toString(), site.toString());
            awaitTemporaryFile(p, "baseline.json");
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (Files.exists(baseline)) {
                JSON.readTree(baseline.toFile());
            }
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(f -> f.getFileName().toString())
                        .filter(f -> !f.equals("baseline.json") && !f.equals("r.json")))
                        .allSatisfy(f -> assertThat(f).matches("\\.(baseline|r)\\.json\\..*\\.tmp"));
            }
        }
    }

    @Test
    void theGrammarCacheIsNeverLeftHalfWritten() throws Exception {
        Path cache = out.resolve("cache");
        int entries = 0;
        for (long delay : new long[] {8_000, 11_000, 14_000}) {
            Process p = start("check", "--grammar", "--cache", cache.toString(), "--today=2026-06-15",
                    "--format=json", "-o", out.resolve("r.json").toString(), site.toString());
            p.waitFor(delay, TimeUnit.MILLISECONDS);
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (!Files.exists(cache)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(cache)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".")) {
                        assertThat(name).endsWith(".tmp");
                    } else {
                        assertThat(JSON.readTree(f.toFile()).get("segments")).as(name).isNotNull();
                        entries++;
                    }
                }
            }
        }
        assertThat(entries).as("cache entries written before the kills").isPositive();
    }

    private static Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static boolean sleepThenAlive(Process p, long millis) throws InterruptedException {
        return !p.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    /** Waits until the process has started writing {@code name} (its temporary file exists); false if it ended. */
    private boolean awaitTemporaryFile(Process p, String name) throws IOException, InterruptedException {
        while (p.isAlive()) {
            if (!temporaryFiles(name).isEmpty()) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    private List<Path> temporaryFiles(String name) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().startsWith("." + name + ".")).toList();
        }
    }

    private static void assertOldOrComplete(Path report) throws IOException {
        JsonNode json = JSON.readTree(report.toFile());
        if (!json.has("old")) {
            assertThat(json.at("/summary/files").asInt()).isEqualTo(300);
        }
    }

    /** Besides the target, only hidden temporary files of it may be left: none that could pass for a report. */
    private void assertOnlyHiddenLeftovers(String name) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> !f.equals(name)))
                    .allSatisfy(f -> assertThat(f).startsWith("." + name + ".").endsWith(".tmp"));
        }
    }
}
