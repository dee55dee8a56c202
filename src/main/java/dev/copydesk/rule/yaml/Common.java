package dev.copydesk.rule.yaml;

import dev.copydesk.document.Document;
import dev.copydesk.rule.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every YAML rule has: its metadata, its message, its exceptions (terms whose matches cancel the rule's matches
 * they overlap; null if none), the conditions a document must meet for the rule to apply ({@code when}, all of them;
 * empty: always) and must not meet ({@code unless}, any of them), and the base time each of its patterns may take
 * on one text (see {@link TimeLimit}).
 */
record Common(RuleMeta meta, Template message, PatternSet exceptions, List<Condition> when, List<Condition> unless,
        TimeLimit limit) {

    /** True if the document meets the rule's {@code when} conditions and none of its {@code unless} ones. */
    boolean applies(Document document, TimeLimit limit) {
        return triggered(document, limit).isPresent();
    }

    /** The evidence of the {@code when} conditions if the rule applies to the document, else empty. */
    Optional<List<String>> triggered(Document document, TimeLimit limit) {
        if (vetoed(document, limit)) {
            return Optional.empty();
        }
        return when.isEmpty() ? Optional.of(List.of())
                : Condition.testAll(when, document, limit, exceptions);
    }

    /** True if the document meets the rule's {@code when} conditions (all of them; true if there are none). */
    boolean meetsWhen(Document document, TimeLimit limit) {
        return when.isEmpty() || Condition.testAll(when, document, limit, exceptions).isPresent();
    }

    /**
     * True if the document meets one of the rule's {@code unless} conditions. Rules that report matches ask this
     * last, once they have found some: most documents give them none.
     */
    boolean vetoed(Document document, TimeLimit limit) {
        for (Condition c : unless) {
            if (c.test(document, limit, null).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The matches of {@code patterns} in a unit that the rule may report. */
    List<Match> matches(PatternSet patterns, Unit unit, TimeLimit limit) {
        List<Match> out = new ArrayList<>();
        patterns.find(unit.prose(), unit.from(), unit.to(), limit, out);
        return out.isEmpty() ? out : Filters.apply(unit, out, exceptions, limit);
    }
}
