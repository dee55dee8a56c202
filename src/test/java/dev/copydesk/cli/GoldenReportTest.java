package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins each report format end to end on the shipped samples, and the summaries and page of {@code copydesk report}
 * on the golden JSON report. To accept a deliberate change, run
 * {@code mvn test -Dtest=GoldenReportTest -Dcopydesk.golden.update=true} and review the diff of the golden files.
 */
class GoldenReportTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github", "junit", "checkstyle", "html"})
    void samplesReport(String format) throws IOException {
        Cli r = Cli.run("check", "--today=2026-11-25", "--color=never", "--format=" + format, "samples/");
        assertThat(r.exitCode()).isEqualTo(1);
        assertGolden("samples." + format, r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "html"})
    void mergedReport(String format) throws IOException {
        Cli r = Cli.run("report", "--format=" + format, GOLDEN.resolve("samples.json").toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        assertGolden("report." + format, r.out());
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("copydesk.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
