package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --write-baseline} and {@code --baseline}: only findings that are not in the baseline are reported. */
class BaselineCommandTest {

    private static final String TODAY = "--today=2026-06-15";
    private static final String OLD = "The symptoms include:\nNobody knows why.\n\nThe full report is available here.\n";

    @TempDir
    Path dir;

    private Path article;
    private Path baseline;

    @BeforeEach
    void files() throws IOException {
        article = dir.resolve("a.txt");
        baseline = dir.resolve("ci/baseline.json");
        Files.writeString(article, OLD, StandardCharsets.UTF_8);
    }

    private static JsonNode findings(Cli r) throws IOException {
        return new ObjectMapper().readTree(r.out()).get("files").get(0).get("findings");
    }

    @Test
    void writingABaselineRecordsTodaysFindingsAndPasses() throws IOException {
        assertThat(Cli.run("check", TODAY, article.toString()).exitCode()).isEqualTo(1);
        Cli r = Cli.run("check", TODAY, "--color=never", "--write-baseline", baseline.toString(), article.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("1 file checked: no findings\n");
        assertThat(r.err()).isEqualTo("copydesk: wrote " + baseline + " (2 findings)\n");
        String path = article.toString().replace('\\', '/');
        assertThat(Files.readString(baseline)).isEqualTo("{\n"
                + "  \"copydeskBaseline\": 1,\n"
                + "  \"findings\": [\n"
                + "    {\"file\": \"" + path + "\", \"rule\": \"lead-in-without-list\", \"excerpt\": "
                + "\"The symptoms include:\", \"count\": 1},\n"
                + "    {\"file\": \"" + path + "\", \"rule\": \"missing-link\", \"excerpt\": \"here\", \"count\": 1}\n"
                + "  ]\n"
                + "}\n");
    }

    @Test
    void aNewProblemAboveAnOldOneIsTheOnlyOneReported() throws IOException {
        Cli.run("check", TODAY, "--write-baseline", baseline.toString(), article.toString());
        Files.writeString(article, "The causes include:\nWe are not sure.\n\n" + OLD, StandardCharsets.UTF_8);

        Cli all = Cli.run("check", TODAY, "--format=json", article.toString());
        assertThat(findings(all)).hasSize(3);

        Cli r = Cli.run("check", TODAY, "--format=json", "--baseline", baseline.toString(), article.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode found = findings(r);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("rule").asText()).isEqualTo("lead-in-without-list");
        assertThat(found.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(found.get(0).get("excerpt").asText()).isEqualTo("The causes include:");
        assertThat(new ObjectMapper().readTree(r.out()).get("summary").get("errors").asInt()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("copydesk: " + baseline + ": 2 known findings not reported\n");
    }

    @Test
    void knownFindingsPassAndANewWarningPassesUnlessWarningsFail() throws IOException {
        Cli.run("check", TODAY, "--write-baseline", baseline.toString(), article.toString());
        Files.writeString(article, "Intro text that moves everything down.\n\n" + OLD, StandardCharsets.UTF_8);
        Cli same = Cli.run("check", TODAY, "--color=never", "--baseline", baseline.toString(), article.toString());
        assertThat(same.exitCode()).isEqualTo(0);
        assertThat(same.out()).isEqualTo("1 file checked: no findings\n");

        Files.writeString(article, OLD + "\nThe brochure is available here.\n", StandardCharsets.UTF_8);
        assertThat(Cli.run("check", TODAY, "--baseline", baseline.toString(), article.toString()).exitCode())
                .isEqualTo(0);
        Cli strict = Cli.run("check", TODAY, "--format=json", "--fail-on=warning", "--baseline", baseline.toString(),
                article.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        JsonNode found = findings(strict);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("rule").asText()).isEqualTo("missing-link");
        assertThat(found.get(0).get("line").asInt()).isEqualTo(6);
    }

    @Test
    void identicalFindingsAreCountedAndTheExtraOneIsNew() throws IOException {
        Files.writeString(article, "Read it here.\n", StandardCharsets.UTF_8);
        Cli.run("check", TODAY, "--write-baseline", baseline.toString(), article.toString());
        assertThat(Files.readString(baseline)).contains("\"excerpt\": \"here\", \"count\": 1}");
        Files.writeString(article, "Read it here.\n\nOr download it here.\n\nRead it here.\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("check", TODAY, "--format=json", "--baseline", baseline.toString(), article.toString());
        JsonNode found = findings(r);
        assertThat(found).extracting(f -> f.get("line").asInt()).containsExactly(3, 5);
        assertThat(r.err()).isEqualTo("copydesk: " + baseline + ": 1 known finding not reported\n");
    }

    @Test
    void fixedFindingsAreCountedAsGone() throws IOException {
        Cli.run("check", TODAY, "--write-baseline", baseline.toString(), article.toString());
        Files.writeString(article, "The full report is available here.\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("check", TODAY, "--baseline", baseline.toString(), article.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.err()).isEqualTo("copydesk: " + baseline + ": 1 known finding not reported\n"
                + "copydesk: " + baseline + ": 1 finding in the baseline no longer found (run with --write-baseline "
                + "to drop them)\n");
    }

    @Test
    void aBaselineThatCannotBeReadIsAOneLineErrorBeforeAnyCheck() throws IOException {
        Path missing = dir.resolve("none.json");
        Cli r = Cli.run("check", TODAY, "--baseline", missing.toString(), article.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("copydesk: " + missing + ": baseline file not found (create it with "
                + "--write-baseline)\n");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"copydeskBaseline\": 1,\n \"findings\": [}\n");
        r = Cli.run("check", TODAY, "--baseline", broken.toString(), article.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("copydesk: " + broken + ":2:15: not valid JSON: ").doesNotContain("\n\t")
                .endsWith("\n").hasLineCount(1);

        Files.writeString(broken, "{\"copydeskBaseline\": 2, \"findings\": []}");
        r = Cli.run("check", TODAY, "--baseline", broken.toString(), article.toString());
        assertThat(r.err()).isEqualTo("copydesk: " + broken + ": copydeskBaseline is 2; this Copydesk reads "
                + "version 1\n");

        Files.writeString(broken, "{\"copydeskBaseline\": 1, \"findings\": [{\"file\": \"a\", \"rule\": \"x\", "
                + "\"excerpt\": \"y\", \"count\": 0}]}");
        r = Cli.run("check", TODAY, "--baseline", broken.toString(), article.toString());
        assertThat(r.err()).isEqualTo("copydesk: " + broken + ": findings[0].count must be a positive whole "
                + "number\n");

        Files.writeString(broken, "{\"schemaVersion\": 1}");
        r = Cli.run("check", TODAY, "--baseline", broken.toString(), article.toString());
        assertThat(r.err()).isEqualTo("copydesk: " + broken + ": not a Copydesk baseline (no \"copydeskBaseline\" "
                + "version)\n");
    }
}
