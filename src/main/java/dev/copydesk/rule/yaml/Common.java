package dev.copydesk.rule.yaml;

import dev.copydesk.document.Document;
import dev.copydesk.rule.RuleMeta;
import java.time.Duration;
import java.util.List;

/**
 * What every YAML rule has: its metadata, its message, its exceptions (terms whose matches cancel the rule's matches
 * they overlap; null if none), the conditions a document must meet for the rule to apply ({@code when}, all of them;
 * empty: always) and must not meet ({@code unless}, any of them), and the time its patterns may take on one
 * document.
 */
record Common(RuleMeta meta, Template message, PatternSet exceptions, List<Condition> when, List<Condition> unless,
        Duration budget) {

    Deadline deadline() {
        return Deadline.after(budget);
    }

    /** True if the document meets the rule's {@code when} conditions and none of its {@code unless} ones. */
    boolean applies(Document document, Deadline deadline) {
        return triggered(document, deadline).isPresent();
    }

    /** The evidence of the {@code when} conditions if the rule applies to the document, else empty. */
    java.util.Optional<List<String>> triggered(Document document, Deadline deadline) {
        for (Condition c : unless) {
            if (c.test(document, deadline, null).isPresent()) {
                return java.util.Optional.empty();
            }
        }
        return when.isEmpty() ? java.util.Optional.of(List.of())
                : Condition.testAll(when, document, deadline, exceptions);
    }

    /** The matches of {@code patterns} in a unit that the rule may report. */
    List<Match> matches(PatternSet patterns, Unit unit, Deadline deadline) {
        List<Match> out = new java.util.ArrayList<>();
        patterns.find(unit.prose().text(), unit.from(), unit.to(), deadline, out);
        return out.isEmpty() ? out : Filters.apply(unit, out, exceptions, deadline);
    }
}
