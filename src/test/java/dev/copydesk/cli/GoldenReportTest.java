package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins each report format end to end on the shipped samples. To accept a deliberate change, run
 * {@code mvn test -Dtest=GoldenReportTest -Dcopydesk.golden.update=true} and review the diff of the golden files.
 */
class GoldenReportTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void samplesReport(String format) throws IOException {
        Cli r = Cli.run("check", "--today=2026-11-25", "--color=never", "--format=" + format, "samples/");
        assertThat(r.exitCode()).isEqualTo(1);
        Path golden = GOLDEN.resolve("samples." + format);
        if (Boolean.getBoolean("copydesk.golden.update")) {
            Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
        }
        assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
