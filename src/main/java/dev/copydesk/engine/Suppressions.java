package dev.copydesk.engine;

import dev.copydesk.document.Directive;
import dev.copydesk.source.LineMap;
import dev.copydesk.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a document's inline directives: {@code copydesk-disable}/{@code copydesk-enable} switch rules off and on
 * from the comment onwards; {@code copydesk-disable-next-line} silences the line after the comment. Without rule ids
 * a directive applies to every rule.
 *
 * <p>On first use the directives are read once into the lines silenced and the state after each disable or enable,
 * so a finding is answered by a lookup and a binary search, however many directives and findings a file has. Used
 * by one thread, for one document.
 */
final class Suppressions {

    /** Which rules are off: every rule but some, or only some. Immutable. */
    private record State(boolean all, Set<String> disabled, Set<String> enabledDespiteAll) {

        boolean silences(String rule) {
            return all ? !enabledDespiteAll.contains(rule) : disabled.contains(rule);
        }
    }

    private final List<Directive> directives;
    /** The file, whose lines are mapped only if it has directives. */
    private final SourceFile source;

    /** The {@code disable-next-line} directives by the line they silence; null until first needed. */
    private Map<Integer, List<Directive>> nextLine;
    /** Where each disable or enable directive starts, in order, and the state once it and those before apply. */
    private int[] changeAt;
    private State[] states;

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
        if (nextLine == null) {
            index();
        }
        LineMap lines = source.lines();
        for (Directive d : nextLine.getOrDefault(lines.line(offset), List.of())) {
            if (d.appliesToAll() || d.rules().contains(rule)) {
                return true;
            }
        }
        // The last disable or enable starting before the offset.
        int lo = 0;
        int hi = changeAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (changeAt[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && states[lo - 1].silences(rule);
    }

    private void index() {
        LineMap lines = source.lines();
        Map<Integer, List<Directive>> byLine = new HashMap<>();
        List<Integer> at = new ArrayList<>();
        List<State> after = new ArrayList<>();
        boolean all = false;
        Set<String> disabled = new HashSet<>();
        Set<String> enabledDespiteAll = new HashSet<>();
        for (Directive d : directives) {
            if (d.kind() == Directive.Kind.DISABLE_NEXT_LINE) {
                byLine.computeIfAbsent(lines.line(d.span().end()) + 1, k -> new ArrayList<>()).add(d);
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
            at.add(d.span().start());
            after.add(new State(all, Set.copyOf(disabled), Set.copyOf(enabledDespiteAll)));
        }
        this.changeAt = at.stream().mapToInt(Integer::intValue).toArray();
        this.states = after.toArray(State[]::new);
        this.nextLine = byLine;
    }
}
