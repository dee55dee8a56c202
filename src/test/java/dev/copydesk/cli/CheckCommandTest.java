package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String TODAY = "--today=2026-06-15";

    @TempDir
    Path dir;

    private Path clean;
    private Path warningsOnly;
    private Path withError;

    @BeforeEach
    void files() throws IOException {
        clean = write("clean.txt", "A clean article.\nIt has two lines.\n");
        warningsOnly = write("warn.txt", "The full report is available at this link.\n");
        withError = write("error.txt", "The symptoms include:\nNobody knows why.\n");
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void cleanFileExitsZero() {
        Cli r = Cli.run("check", TODAY, clean.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("1 file checked: no findings\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void errorFindingExitsOneWithPathLineColumn() {
        Cli r = Cli.run("check", TODAY, "--color=never", withError.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).startsWith(withError + ":1:1  error  Lead-in \"The symptoms include:\" announces a list, "
                + "but a paragraph of prose follows (\"Nobody knows why.\").  [lead-in-without-list]\n"
                + "  1 | The symptoms include:\n"
                + "    | ^^^^^^^^^^^^^^^^^^^^^\n"
                + "    = help: ");
        assertThat(r.out()).endsWith("1 file checked: 1 error, 0 warnings, 0 infos in 1 file\n");
    }

    @Test
    void warningsPassByDefaultAndFailWithFailOnWarningOrMaxWarnings() {
        assertThat(Cli.run("check", TODAY, warningsOnly.toString()).exitCode()).isEqualTo(0);
        assertThat(Cli.run("check", TODAY, "--fail-on=warning", warningsOnly.toString()).exitCode()).isEqualTo(1);
        assertThat(Cli.run("check", TODAY, "--max-warnings=0", warningsOnly.toString()).exitCode()).isEqualTo(1);
        assertThat(Cli.run("check", TODAY, "--max-warnings=1", warningsOnly.toString()).exitCode()).isEqualTo(0);
        assertThat(Cli.run("check", TODAY, "--fail-on=none", withError.toString()).exitCode()).isEqualTo(0);
        assertThat(Cli.run("check", TODAY, "--fail-on=info", warningsOnly.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void quietReportsErrorsOnly() {
        Cli r = Cli.run("check", TODAY, "--quiet", warningsOnly.toString(), withError.toString());
        assertThat(r.out()).contains("[lead-in-without-list]").doesNotContain("[missing-link]");
    }

    @Test
    void unreadableFilesExitTwoAndTheOthersAreStillChecked() throws IOException {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("missing.md");
        Cli r = Cli.run("check", TODAY, "--format=json", missing.toString(), latin1.toString(),
                withError.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("copydesk: " + missing + ": no such file or folder\n")
                .contains("copydesk: " + latin1 + ": invalid UTF-8 at line 1, column 4 (byte 3); it looks like Latin-1 "
                        + "or Windows-1252: save the file as UTF-8\n")
                .doesNotContain("Exception");
        assertThat(r.out()).contains("\"rule\": \"lead-in-without-list\"");
    }

    @Test
    void badOptionIsAUsageError() {
        Cli r = Cli.run("check", "--format=xml", clean.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("copydesk: Invalid value for option '--format'");
        assertThat(Cli.run("check", "--today=yesterday").exitCode()).isEqualTo(2);
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(Cli.run().exitCode()).isEqualTo(2);
    }

    @Test
    void badConfigIsAOneLineErrorWithItsPositionAndExitsTwo() throws IOException {
        write("site/.copydesk.yaml", "rules:\n  stale-year: loud\n");
        Path article = write("site/a.txt", "Fine.\n");
        Cli r = Cli.run("check", TODAY, article.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(".copydesk.yaml:2:15: rule stale-year must be off, on, error, warning, info or "
                + "a mapping, not \"loud\"\n");
    }

    @Test
    void nearestConfigTurnsRulesOffAndUnknownRulesAreWarned() throws IOException {
        write("site/.copydesk.yaml", "rules:\n  lead-in-without-list: off\n  no-such-rule: on\n");
        Path article = write("site/news/a.txt", "The symptoms include:\nNobody knows why.\n");
        Cli r = Cli.run("check", TODAY, article.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.err()).contains("copydesk: warning: ").contains(".copydesk.yaml:3:3: unknown rule "
                + "\"no-such-rule\"");
    }

    @Test
    void explicitConfigAndOverridesChangeSeverity() throws IOException {
        Path cfg = write("cfg.yaml", "overrides:\n  - files: [\"warn.txt\"]\n    rules:\n      missing-link: error\n");
        Cli r = Cli.run("check", TODAY, "--config", cfg.toString(), warningsOnly.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("  error  ");
    }

    @Test
    void badRuleOptionIsAConfigError() throws IOException {
        write("o/.copydesk.yaml", "rules:\n  vague-link-text:\n    phrase: [x]\n");
        Path article = write("o/a.txt", "Fine.\n");
        Cli r = Cli.run("check", article.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(".copydesk.yaml:3:5: unknown option \"phrase\" for rule vague-link-text "
                + "(it takes: phrases)");
    }

    @Test
    void writesTheReportAtomicallyToOutputFile() throws IOException {
        Path report = dir.resolve("out/report.json");
        Cli r = Cli.run("check", TODAY, "--format=json", "-o", report.toString(), withError.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);
        try (Stream<Path> s = Files.list(report.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }

    @Test
    void readsStandardInputUnderTheGivenName() throws IOException {
        Cli r = Cli.runWithInput("# Draft\n\nThe symptoms include:\n\nNobody knows why.\n", "check", TODAY,
                "--format=json", "--stdin-filename", "draft.md", "-");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertThat(file.get("path").asText()).isEqualTo("draft.md");
        assertThat(file.get("format").asText()).isEqualTo("markdown");
        assertThat(file.get("findings").get(0).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void walksFoldersInSortedOrder() throws IOException {
        Cli r = Cli.run("check", TODAY, "--format=json", dir.toString());
        JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
        assertThat(files).extracting(f -> Path.of(f.get("path").asText()).getFileName().toString())
                .containsExactly("clean.txt", "error.txt", "warn.txt");
    }

    @Test
    void offTopicLinksCarryTheirTopicsInJsonAndUnknownSiteTopicsExitTwo() throws IOException {
        Path article = write("k/ketamine.txt", """
                Ketamine Therapy: What to Expect

                Ketamine has emerged as a treatment for depression and anxiety. In low doses it can produce rapid antidepressant effects.

                This article is in the category Treatment
                Discover effective remedies to cure a weed hangover and regain your wellness.
                Discover when to apply Scotts Weed and Feed for optimal lawn health and lush growth.
                """);
        Cli r = Cli.run("check", TODAY, "--format", "json", article.toString());
        assertThat(r.exitCode()).isZero(); // a warning
        assertThat(r.out()).contains("\"rule\": \"off-topic-link\"").contains("\"line\": 7")
                .contains("\"itemTopics\": [").contains("\"id\": \"lawn-garden\"").contains("\"articleTopics\": [");
        write("k/.copydesk.yaml", "site:\n  topics: [lawncare]\n");
        Cli bad = Cli.run("check", TODAY, article.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains(".copydesk.yaml:2:12: unknown topic \"lawncare\" in site.topics");
        write("k/.copydesk.yaml", "site:\n  topics: [lawn-garden]\n");
        assertThat(Cli.run("check", TODAY, article.toString()).out()).doesNotContain("off-topic-link");
    }

    @Test
    void anOverrideSetsTheSiteSectionForSomeFiles() throws IOException {
        String text = """
                Ketamine Therapy: What to Expect

                Ketamine has emerged as a treatment for depression and anxiety. In low doses it can produce rapid antidepressant effects.

                This article is in the category Treatment
                Discover effective remedies to cure a weed hangover and regain your wellness.
                Discover when to apply Scotts Weed and Feed for optimal lawn health and lush growth.
                """;
        write("s/health/ketamine.txt", text);
        write("s/garden/ketamine.txt", text);
        write("s/.copydesk.yaml", "overrides:\n  - files: [\"garden/**\"]\n    site:\n      topics: [lawn-garden]\n");
        Cli garden = Cli.run("check", TODAY, dir.resolve("s/garden").toString());
        assertThat(garden.out()).doesNotContain("off-topic-link");
        Cli health = Cli.run("check", TODAY, dir.resolve("s/health").toString());
        assertThat(health.out()).contains("off-topic-link");
        write("s/.copydesk.yaml", "overrides:\n  - files: [\"garden/**\"]\n    site:\n      topics: [lawncare]\n");
        Cli bad = Cli.run("check", TODAY, dir.resolve("s/garden").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains(".copydesk.yaml:4:16: unknown topic \"lawncare\" in site.topics");
    }
}
