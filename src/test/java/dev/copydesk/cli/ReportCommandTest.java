package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.report.JsonReportReader;
import dev.copydesk.report.JsonReporter;
import dev.copydesk.report.Report;
import dev.copydesk.source.InputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk report}: merges JSON reports into a page or a summary; bad inputs are one-line errors. */
class ReportCommandTest {

    private static final String TODAY = "--today=2026-06-15";

    @TempDir
    Path dir;

    private Path json(String name, String article, String text) throws IOException {
        Path a = dir.resolve(article);
        Files.createDirectories(a.getParent());
        Files.writeString(a, text, StandardCharsets.UTF_8);
        Path out = dir.resolve(name);
        Cli.run("check", TODAY, "--format=json", "-o", out.toString(), a.toString());
        return out;
    }

    @Test
    void jsonReportsReadBackToTheSameBytes() throws IOException, InputException {
        String golden = Files.readString(Path.of("src/test/resources/golden/samples.json"));
        Report report = JsonReportReader.read("samples.json", new StringReader(golden));
        StringWriter again = new StringWriter();
        new JsonReporter().write(report, again);
        assertThat(again.toString()).isEqualTo(golden);
    }

    @Test
    void mergesReportsIntoOneSummary() throws IOException {
        Path a = json("a.json", "news/a.txt", "The symptoms include:\nNobody knows why.\n\nRead it here.\n");
        Path b = json("b.json", "blog/b.txt", "The full report is available here.\n\nDownload it here.\n");
        Cli r = Cli.run("report", "--format=json", a.toString(), b.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertThat(o.get("files").asInt()).isEqualTo(2);
        assertThat(o.get("findings").toString()).isEqualTo("{\"errors\":1,\"warnings\":3,\"infos\":0,\"total\":4}");
        assertThat(o.get("rules").toString()).isEqualTo("[{\"rule\":\"missing-link\",\"errors\":0,\"warnings\":3,"
                + "\"infos\":0,\"total\":3},{\"rule\":\"lead-in-without-list\",\"errors\":1,\"warnings\":0,"
                + "\"infos\":0,\"total\":1}]");
        assertThat(o.get("worstFiles").get(0).get("path").asText()).endsWith("a.txt");
        assertThat(o.get("worstFiles").get(1).get("path").asText()).endsWith("b.txt");

        Cli text = Cli.run("report", "--format=text", "--top=1", a.toString(), b.toString());
        assertThat(text.out()).startsWith("2 files checked: 2 with findings\nFindings: 1 error, 3 warnings, 0 infos\n")
                .contains("\nWorst files")
                .doesNotContain("b.txt");
    }

    @Test
    void theLastReportOfAFileWinsWithAWarning() throws IOException {
        Path first = json("first.json", "a.txt", "The symptoms include:\nNobody knows why.\n");
        Path second = json("second.json", "a.txt", "Fixed, with nothing to say.\n");
        Cli r = Cli.run("report", "--format=json", first.toString(), second.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(r.out()).get("findings").get("total").asInt()).isZero();
        assertThat(r.err()).isEqualTo("copydesk: warning: " + dir.resolve("a.txt") + " is in " + first + " and "
                + second + "; the findings of " + second + " are used\n");
    }

    @Test
    void writesThePageToAFileAndReadsStandardInput() throws IOException {
        Path a = json("a.json", "a.txt", "Read it here.\n");
        Path page = dir.resolve("site/report.html");
        Cli r = Cli.runWithInput(Files.readString(a), "report", "--title", "Newsroom <weekly>", "-o", page.toString(),
                "-");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).isEmpty();
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Newsroom &lt;weekly&gt;</title>")
                .contains("\"title\":\"Newsroom \\u003cweekly\\u003e\"");
    }

    @Test
    void badInputsAreOneLineErrorsAndNothingIsWritten() throws IOException {
        Path missing = dir.resolve("missing.json");
        Path notJson = dir.resolve("not.json");
        Files.writeString(notJson, "{\n  \"schemaVersion\": 1,\n  oops\n}\n");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"version\": \"2.1.0\", \"runs\": []}");
        Path future = dir.resolve("future.json");
        Files.writeString(future, "{\"schemaVersion\": 2, \"files\": []}");
        Path badLine = dir.resolve("bad-line.json");
        Files.writeString(badLine, "{\"schemaVersion\": 1, \"files\": [{\"path\": \"a.md\", \"format\": null, "
                + "\"error\": null, \"findings\": [{\"rule\": \"x\", \"severity\": \"warning\", \"message\": \"m\", "
                + "\"line\": \"3\", \"column\": 1, \"endLine\": 3, \"endColumn\": 2, \"excerpt\": \"e\", "
                + "\"help\": \"h\"}]}]}");
        Path badSeverity = dir.resolve("bad-severity.json");
        Files.writeString(badSeverity, Files.readString(badLine).replace("\"3\"", "3").replace("warning", "fatal"));
        Path page = dir.resolve("report.html");

        Cli r = Cli.run("report", "-o", page.toString(), missing.toString(), notJson.toString(), other.toString(),
                future.toString(), badLine.toString(), badSeverity.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(page).doesNotExist();
        assertThat(r.err().split("\n")).containsExactly(
                "copydesk: " + missing + ": no such file",
                "copydesk: " + notJson + ":3:3: not valid JSON: Unexpected character ('o' (code 111)): was "
                        + "expecting double-quote to start field name",
                "copydesk: " + other + ": not a Copydesk JSON report (no \"schemaVersion\"; write one with copydesk "
                        + "check --format json)",
                "copydesk: " + future + ": schemaVersion is 2; this Copydesk reads version 1",
                "copydesk: " + badLine + ": files[0].findings[0].line must be a whole number",
                "copydesk: " + badSeverity + ": files[0].findings[0].severity must be error, warning or info");
    }

    @Test
    void needsAtLeastOneReport() {
        Cli r = Cli.run("report");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("copydesk: Missing required parameter: 'REPORT'");
    }
}
