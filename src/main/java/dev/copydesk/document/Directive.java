package dev.copydesk.document;

import dev.copydesk.source.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline suppression comment: {@code copydesk-disable}, {@code copydesk-enable} or
 * {@code copydesk-disable-next-line}, each followed by rule ids (none means every rule).
 */
public record Directive(Span span, Kind kind, List<String> rules) {

    private static final Pattern SYNTAX = Pattern.compile(
            "^\\s*copydesk-(disable-next-line|disable|enable)\\b([^>]*?)\\s*$");

    /** What a directive does. */
    public enum Kind { DISABLE, ENABLE, DISABLE_NEXT_LINE }

    public Directive {
        rules = List.copyOf(rules);
    }

    /** Parses the body of a comment (the text between {@code <!--} and {@code -->}); empty if not a directive. */
    public static Optional<Directive> parse(String commentBody, Span span) {
        Matcher m = SYNTAX.matcher(commentBody);
        if (!m.matches()) {
            return Optional.empty();
        }
        Kind kind = switch (m.group(1)) {
            case "disable" -> Kind.DISABLE;
            case "enable" -> Kind.ENABLE;
            default -> Kind.DISABLE_NEXT_LINE;
        };
        List<String> rules = Arrays.stream(m.group(2).trim().split("[\\s,]+"))
                .filter(s -> !s.isEmpty())
                .toList();
        return Optional.of(new Directive(span, kind, rules));
    }

    /** True if the directive names no rule, and so applies to all. */
    public boolean appliesToAll() {
        return rules.isEmpty();
    }
}
