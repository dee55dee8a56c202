package dev.copydesk.report;

import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.Severity;
import dev.copydesk.source.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-made reports for reporter tests, including the awkward cases real articles produce. */
public final class Reports {

    public static final RuleMeta MISSING_LINK = new RuleMeta("missing-link", Severity.WARNING,
            "The text points at a link that is not there.", "Restore the link, or name the resource.");
    public static final RuleMeta LEAD_IN = new RuleMeta("lead-in-without-list", Severity.ERROR,
            "A lead-in announces a list that is missing.", "Restore the list, or rewrite the lead-in.");

    private Reports() {
    }

    public static Diagnostic finding(String rule, Severity severity, String message, int line, int column,
            int endLine, int endColumn, String excerpt) {
        return new Diagnostic(rule, severity, message, new Position(line, column), new Position(endLine, endColumn),
                excerpt, "Help for " + rule + ".", List.of(), Map.of(), new Snippet(line, 1, excerpt, column,
                        column + excerpt.codePointCount(0, excerpt.length())));
    }

    public static FileReport file(String path, Diagnostic... findings) {
        return new FileReport(path, Optional.of("markdown"), Optional.empty(), List.of(findings));
    }

    /**
     * A report with paths and messages that need escaping in every format, an unreadable file, a finding with a
     * fix and data, one spanning lines, a zero-width one, an info, and a rule without metadata.
     */
    public static Report awkward() {
        Diagnostic withFix = new Diagnostic("missing-link", Severity.WARNING, "\"here\" points at a link, 100% gone.",
                new Position(3, 20), new Position(3, 24), "here", "Restore the link.",
                List.of(new ResolvedFix(new Position(3, 20), new Position(3, 24), "the brochure")),
                Map.of("phrase", "here", "count", 2), new Snippet(3, 1, "More is here.", 9, 13));
        return new Report("1.2.3", List.of(
                file("content/news,2024: a.md",
                        finding("lead-in-without-list", Severity.ERROR, "Lead-in \"<script>alert(1)</script>\":\r\n"
                                + "then prose, 50% of it.", 1, 1, 2, 5, "<script>alert(1)</script>"),
                        withFix,
                        finding("house-style", Severity.INFO, "Bell \u0007 and emoji \uD83D\uDE00 and \"><img src=x "
                                + "onerror=alert(2)>", 4, 2, 4, 2, "")),
                file("<stdin>", finding("missing-link", Severity.WARNING, "Ends at a line start.", 7, 3, 8, 1,
                        "here")),
                file("/abs/site/b c.md"),
                file("C:\\site\\d.md", finding("missing-link", Severity.WARNING, "Windows.", 1, 1, 1, 5, "here")),
                FileReport.failed("broken.txt", "invalid UTF-8 (byte 0xE9 at offset 3)")),
                List.of(MISSING_LINK, LEAD_IN));
    }
}
