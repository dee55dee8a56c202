package dev.copydesk.rule;

import dev.copydesk.source.Span;
import java.util.List;
import java.util.Map;

/**
 * One problem a rule found: where (a span of the source), what (a message in plain words), optional suggested
 * fixes and optional structured data for machine readers. The engine adds the rule id and severity.
 */
public record Finding(Span span, String message, List<Fix> fixes, Map<String, Object> data) {

    public Finding {
        fixes = List.copyOf(fixes);
        data = Map.copyOf(data);
    }

    public Finding(Span span, String message) {
        this(span, message, List.of(), Map.of());
    }
}
