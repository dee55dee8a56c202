package dev.copydesk.report;

import dev.copydesk.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;

/**
 * The report for people: for each file with findings, one line per finding in the form
 * {@code path:line:column  severity  message  [rule-id]} and the source line with the finding marked; the first
 * finding of each rule also gets the rule's help text. Then a summary line. Files that could not be checked are
 * only counted in the summary: their errors go to standard error. Colour is optional.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BLUE = "\u001b[34m";
    private static final String GREEN = "\u001b[32m";

    private final boolean color;

    public TextReporter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        boolean first = true;
        Set<String> explained = new HashSet<>();
        for (FileReport f : report.files()) {
            if (f.findings().isEmpty()) {
                continue;
            }
            if (!first) {
                out.write('\n');
            }
            first = false;
            for (Diagnostic d : f.findings()) {
                writeFinding(out, f.path(), d, explained.add(d.rule()));
            }
        }
        if (!first) {
            out.write('\n');
        }
        out.write(summaryLine(report.summary()));
        out.write('\n');
        out.flush();
    }

    private void writeFinding(Writer out, String path, Diagnostic d, boolean withHelp) throws IOException {
        out.write(paint(BOLD, path + ":" + d.start().line() + ":" + d.start().column()));
        out.write("  ");
        out.write(paint(severityColor(d.severity()), d.severity().id()));
        out.write("  ");
        out.write(d.message());
        out.write("  ");
        out.write(paint(DIM, "[" + d.rule() + "]"));
        out.write('\n');
        Snippet s = d.snippet();
        String gutter = Integer.toString(s.line());
        String pad = " ".repeat(gutter.length());
        out.write("  " + paint(DIM, gutter + " | ") + displayable(s.text()) + '\n');
        int width = Math.max(1, s.markEnd() - s.markStart());
        out.write("  " + paint(DIM, pad + " | ") + " ".repeat(s.markStart() - 1)
                + paint(severityColor(d.severity()), "^".repeat(width)) + '\n');
        if (withHelp) {
            out.write("  " + paint(DIM, pad + " = ") + paint(DIM, "help: " + d.help()) + '\n');
        }
    }

    /** Tabs would misalign the marker line: show them as single spaces, one column each, like the positions. */
    private static String displayable(String line) {
        return line.replace('\t', ' ');
    }

    private String summaryLine(Summary s) {
        String counts = plural(s.errors(), "error") + ", " + plural(s.warnings(), "warning") + ", "
                + plural(s.infos(), "info");
        String files = plural(s.files(), "file") + " checked";
        String failed = s.filesWithErrors() > 0 ? ", " + plural(s.filesWithErrors(), "file") + " could not be checked"
                : "";
        if (s.findings() == 0) {
            return paint(GREEN, files + ": no findings") + failed;
        }
        String c = s.errors() > 0 ? RED : s.warnings() > 0 ? YELLOW : BLUE;
        return paint(c, files + ": " + counts + " in " + plural(s.filesWithFindings(), "file")) + failed;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String severityColor(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> BLUE;
        };
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
