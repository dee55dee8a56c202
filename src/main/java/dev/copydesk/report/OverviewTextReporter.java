package dev.copydesk.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The summary of one or more reports as text: totals, a table of findings per rule, and the worst files. */
public final class OverviewTextReporter implements Reporter {

    private final int topFiles;

    public OverviewTextReporter(int topFiles) {
        this.topFiles = topFiles;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Overview o = Overview.of(report, topFiles);
        Summary s = o.summary();
        out.write(plural(s.files(), "file") + " checked: " + s.filesWithFindings() + " with findings"
                + (s.filesWithErrors() > 0 ? ", " + s.filesWithErrors() + " not checked" : "") + "\n");
        out.write("Findings: " + plural(s.errors(), "error") + ", " + plural(s.warnings(), "warning") + ", "
                + plural(s.infos(), "info") + "\n");
        table(out, "By rule", o.rules());
        table(out, "Worst files", o.worstFiles());
        out.flush();
    }

    private static void table(Writer out, String title, List<Overview.Row> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        int width = title.length();
        for (Overview.Row r : rows) {
            width = Math.max(width, r.key().length() + 2);
        }
        String format = "%-" + width + "s  %6s  %8s  %5s  %5s%n";
        out.write("\n");
        out.write(String.format(format, title, "errors", "warnings", "infos", "total"));
        for (Overview.Row r : rows) {
            out.write(String.format(format, "  " + r.key(), r.errors(), r.warnings(), r.infos(), r.total()));
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
