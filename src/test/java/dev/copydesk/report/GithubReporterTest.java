package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.cli.CliRunner;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The GitHub format, checked line by line, and read back the way the Actions runner reads it. */
class GithubReporterTest {

    /** A workflow command as the runner parses it: {@code ::name key=value,key=value::message}. */
    private static final Pattern COMMAND = Pattern.compile("::(error|warning|notice) ([^:]*)::(.*)");

    private static List<String> lines(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new GithubReporter().write(report, out);
        String text = out.toString();
        assertThat(text).endsWith("\n");
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }

    private static String unescape(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }

    /** The properties of a command line, unescaped, in order. */
    private static Map<String, String> properties(String props) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : props.split(",")) {
            int eq = pair.indexOf('=');
            m.put(pair.substring(0, eq), unescape(pair.substring(eq + 1)));
        }
        return m;
    }

    @Test
    void everyLineIsACommandTheRunnerReadsBackExactly() throws IOException {
        List<String> lines = lines(Reports.awkward());
        assertThat(lines).hasSize(7);

        Matcher m = COMMAND.matcher(lines.get(0));
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo("error");
        assertThat(properties(m.group(2))).containsExactly(Map.entry("file", "content/news,2024: a.md"),
                Map.entry("line", "1"), Map.entry("endLine", "2"), Map.entry("title", "lead-in-without-list"));
        assertThat(unescape(m.group(3))).isEqualTo("Lead-in \"<script>alert(1)</script>\":\r\nthen prose, 50% of it.");

        m = COMMAND.matcher(lines.get(1));
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo("warning");
        assertThat(properties(m.group(2))).containsExactly(Map.entry("file", "content/news,2024: a.md"),
                Map.entry("line", "3"), Map.entry("col", "20"), Map.entry("endLine", "3"),
                Map.entry("endColumn", "24"), Map.entry("title", "missing-link"));
        assertThat(unescape(m.group(3))).isEqualTo("\"here\" points at a link, 100% gone.");

        m = COMMAND.matcher(lines.get(2));
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo("notice");
        assertThat(properties(m.group(2))).containsEntry("col", "2").containsEntry("endColumn", "2");
    }

    @Test
    void exactLines() throws IOException {
        assertThat(lines(Reports.awkward())).containsExactly(
                "::error file=content/news%2C2024%3A a.md,line=1,endLine=2,title=lead-in-without-list::"
                        + "Lead-in \"<script>alert(1)</script>\":%0D%0Athen prose, 50%25 of it.",
                "::warning file=content/news%2C2024%3A a.md,line=3,col=20,endLine=3,endColumn=24,title=missing-link::"
                        + "\"here\" points at a link, 100%25 gone.",
                "::notice file=content/news%2C2024%3A a.md,line=4,col=2,endLine=4,endColumn=2,title=house-style::"
                        + "Bell \u0007 and emoji \uD83D\uDE00 and \"><img src=x onerror=alert(2)>",
                "::warning file=<stdin>,line=7,endLine=7,title=missing-link::Ends at a line start.",
                "::warning file=C%3A\\site\\d.md,line=1,col=1,endLine=1,endColumn=5,title=missing-link::Windows.",
                "::error file=broken.txt,title=copydesk::Not checked: invalid UTF-8 (byte 0xE9 at offset 3)",
                "copydesk: 5 files checked, 1 not checked: 1 error, 3 warnings, 1 info");
    }

    private static JsonNode readJson(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Test
    void samplesGiveOneCommandPerFindingAndASummary() {
        String out = CliRunner.out("check", "--today=2026-11-25", "--format=github", "samples/");
        List<String> lines = List.of(out.split("\n"));
        JsonNode summary = readJson(CliRunner.out("check", "--today=2026-11-25", "--format=json", "samples/"))
                .get("summary");
        int e = summary.get("errors").asInt();
        int w = summary.get("warnings").asInt();
        int i = summary.get("infos").asInt();
        assertThat(lines).hasSize(e + w + i + 1);
        for (String line : lines.subList(0, e + w + i)) {
            Matcher m = COMMAND.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            Map<String, String> p = properties(m.group(2));
            assertThat(p.keySet()).as(line).containsExactly("file", "line", "col", "endLine", "endColumn", "title");
            assertThat(p.get("file")).startsWith("samples/");
            assertThat(Integer.parseInt(p.get("endColumn"))).isGreaterThanOrEqualTo(Integer.parseInt(p.get("col")));
        }
        assertThat(lines.get(e + w + i)).isEqualTo("copydesk: " + summary.get("files").asInt() + " files checked: "
                + e + " errors, " + w + " warnings, " + i + " infos");
    }
}
