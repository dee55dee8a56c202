package dev.copydesk.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.report.Report;
import dev.copydesk.report.Reports;
import dev.copydesk.rule.Severity;
import dev.copydesk.source.InputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static Report report(String path, int line) {
        return new Report("1", List.of(Reports.file(path,
                Reports.finding("missing-link", Severity.WARNING, "msg at " + line, line, 5, line, 9, "here"))));
    }

    @Test
    void matchesOnFileRuleAndTextNotOnLineOrMessage() {
        Baseline base = Baseline.of(report("./site\\a.md", 3));
        assertThat(base.counts()).containsExactly(Map.entry(new Baseline.Key("site/a.md", "missing-link", "here"), 1));
        Baseline.Applied moved = base.apply(report("site/a.md", 40));
        assertThat(moved.known()).isEqualTo(1);
        assertThat(moved.gone()).isZero();
        assertThat(moved.report().files().get(0).findings()).isEmpty();
        assertThat(moved.report().summary().findings()).isZero();
    }

    @Test
    void goneCountsOnlyFilesOfThisRun() {
        Baseline base = new Baseline(Map.of(new Baseline.Key("a.md", "missing-link", "here"), 2,
                new Baseline.Key("b.md", "missing-link", "here"), 5));
        Baseline.Applied applied = base.apply(report("a.md", 1));
        assertThat(applied.known()).isEqualTo(1);
        assertThat(applied.gone()).isEqualTo(1);
    }

    @Test
    void fileRoundTripIsSortedAndStable() throws IOException, InputException {
        Baseline base = new Baseline(Map.of(
                new Baseline.Key("b.md", "stale-year", "2024"), 1,
                new Baseline.Key("a.md", "missing-link", "say \"here\" <b>\u00e9</b>"), 3,
                new Baseline.Key("a.md", "lead-in-without-list", "Includes:"), 1));
        StringWriter out = new StringWriter();
        BaselineFile.write(out, base);
        assertThat(out.toString()).isEqualTo("{\n"
                + "  \"copydeskBaseline\": 1,\n"
                + "  \"findings\": [\n"
                + "    {\"file\": \"a.md\", \"rule\": \"lead-in-without-list\", \"excerpt\": \"Includes:\", \"count\": 1},\n"
                + "    {\"file\": \"a.md\", \"rule\": \"missing-link\", \"excerpt\": \"say \\\"here\\\" <b>\u00e9</b>\", "
                + "\"count\": 3},\n"
                + "    {\"file\": \"b.md\", \"rule\": \"stale-year\", \"excerpt\": \"2024\", \"count\": 1}\n"
                + "  ]\n"
                + "}\n");
        assertThat(BaselineFile.parse("b.json", new StringReader(out.toString()))).isEqualTo(base);

        StringWriter empty = new StringWriter();
        BaselineFile.write(empty, new Baseline(Map.of()));
        assertThat(empty.toString()).isEqualTo("{\n  \"copydeskBaseline\": 1,\n  \"findings\": []\n}\n");
        assertThat(BaselineFile.parse("e.json", new StringReader(empty.toString())).size()).isZero();
    }
}
