package dev.copydesk.engine;

import dev.copydesk.document.Directive;
import dev.copydesk.source.LineMap;
import dev.copydesk.source.SourceFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a document's inline directives: {@code copydesk-disable}/{@code copydesk-enable} switch rules off and on
 * from the comment onwards; {@code copydesk-disable-next-line} silences the line after the comment. Without rule ids
 * a directive applies to every rule.
 */
final class Suppressions {

    private final List<Directive> directives;
    /** The file, whose lines are mapped only if it has directives. */
    private final SourceFile source;

    Suppressions(List<Directive> directives, SourceFile source) {
        this.directives = directives.stream()
                .sorted((a, b) -> a.span().compareTo(b.span()))
                .toList();
        this.source = source;
    }

    /** True if a finding of {@code rule} starting at source offset {@code offset} is silenced. */
    boolean suppressed(String rule, int offset) {
        if (directives.isEmpty()) {
            return false;
        }
        LineMap lines = source.lines();
        int line = lines.line(offset);
        boolean all = false;
        Set<String> disabled = new HashSet<>();
        Set<String> enabledDespiteAll = new HashSet<>();
        for (Directive d : directives) {
            if (d.kind() == Directive.Kind.DISABLE_NEXT_LINE) {
                if (lines.line(d.span().end()) + 1 == line && (d.appliesToAll() || d.rules().contains(rule))) {
                    return true;
                }
                continue;
            }
            if (d.span().start() >= offset) {
                continue;
            }
            boolean disable = d.kind() == Directive.Kind.DISABLE;
            if (d.appliesToAll()) {
                all = disable;
                disabled.clear();
                enabledDespiteAll.clear();
            } else if (all) {
                if (disable) {
                    enabledDespiteAll.removeAll(d.rules());
                } else {
                    enabledDespiteAll.addAll(d.rules());
                }
            } else if (disable) {
                disabled.addAll(d.rules());
            } else {
                disabled.removeAll(d.rules());
            }
        }
        return all ? !enabledDespiteAll.contains(rule) : disabled.contains(rule);
    }
}
