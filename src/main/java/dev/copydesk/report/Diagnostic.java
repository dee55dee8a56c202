package dev.copydesk.report;

import dev.copydesk.rule.Severity;
import dev.copydesk.source.Position;
import java.util.List;
import java.util.Map;

/**
 * A finding ready to report: rule, severity, message, its start and (exclusive) end position in the source, the
 * offending source text ({@code excerpt}), why it matters and how to fix it ({@code help}), suggested fixes, data
 * for machine readers and the source line for display.
 */
public record Diagnostic(String rule, Severity severity, String message, Position start, Position end,
        String excerpt, String help, List<ResolvedFix> fixes, Map<String, Object> data, Snippet snippet)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        fixes = List.copyOf(fixes);
        data = Map.copyOf(data);
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = start.compareTo(o.start);
        if (c == 0) {
            c = rule.compareTo(o.rule);
        }
        if (c == 0) {
            c = end.compareTo(o.end);
        }
        return c == 0 ? message.compareTo(o.message) : c;
    }
}
