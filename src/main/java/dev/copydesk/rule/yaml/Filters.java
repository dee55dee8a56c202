package dev.copydesk.rule.yaml;

import java.util.ArrayList;
import java.util.List;

/** Drops matches that a rule must not report: inside inline code, or overlapping one of the rule's exceptions. */
final class Filters {

    private Filters() {
    }

    static List<Match> apply(Unit unit, List<Match> matches, PatternSet exceptions, TimeLimit limit) {
        List<Match> excepted = List.of();
        if (exceptions != null && !matches.isEmpty()) {
            excepted = new ArrayList<>();
            exceptions.find(unit.prose(), unit.from(), unit.to(), limit, excepted);
        }
        boolean hasCode = !unit.prose().code().isEmpty();
        if (!hasCode && excepted.isEmpty()) {
            return matches;
        }
        List<Match> out = new ArrayList<>(matches.size());
        for (Match m : matches) {
            if (hasCode && unit.inCode(m.start(), m.end())) {
                continue;
            }
            boolean skip = false;
            for (Match e : excepted) {
                if (e.overlaps(m.start(), m.end())) {
                    skip = true;
                    break;
                }
            }
            if (!skip) {
                out.add(m);
            }
        }
        return out;
    }
}
