package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.YamlMap;
import dev.copydesk.document.Document;
import dev.copydesk.document.Link;
import dev.copydesk.document.Prose;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A document meets this condition when its text in {@code scope} has at least {@code min} matches of the terms and
 * patterns, at least {@code distinct} different ones, and at least {@code density} matches per thousand words.
 */
record PatternCondition(PatternSet patterns, Set<Scope> scopes, int min, int distinct, double density)
        implements Condition {

    static final List<String> KEYS = List.of("terms", "patterns", "ignorecase", "wordboundaries", "scope", "min",
            "distinct", "density");

    static PatternCondition read(YamlMap map) throws ConfigException {
        map.checkKeys("a condition", KEYS);
        Keys k = new Keys(map);
        PatternSet patterns = Matching.read(k, "a condition");
        List<Located> scope = k.list("scope");
        Set<Scope> scopes = scope.isEmpty() ? Scope.parse(List.of(new Located("all", map.location())), true)
                : Scope.parse(scope, true);
        double density = k.number("density").orElse(0.0);
        if (density < 0) {
            throw new ConfigException(map.get("density").get().location(), "density must not be negative");
        }
        return new PatternCondition(patterns, scopes, k.integer("min", 1, 1), k.integer("distinct", 1, 1), density);
    }

    @Override
    public Optional<List<String>> test(Document document, TimeLimit limit, PatternSet exceptions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        List<Unit> units = Units.of(document, scopes);
        for (Unit u : units) {
            total += count(u.prose().text(), u.from(), u.to(), u, limit, exceptions, counts);
        }
        if (scopes.contains(Scope.LINKS)) {
            Map<Prose, Boolean> seen = new IdentityHashMap<>();
            for (Unit u : Units.of(document, Scope.ALL)) {
                if (seen.put(u.prose(), Boolean.TRUE) == null) {
                    for (Link link : u.prose().links()) {
                        total += count(link.target(), 0, link.target().length(), null, limit, null, counts);
                    }
                }
            }
        }
        if (scopes.contains(Scope.SOURCE)) {
            String text = document.source().text();
            total += count(text, 0, text.length(), null, limit, null, counts);
        }
        if (total < min || counts.size() < distinct) {
            return Optional.empty();
        }
        if (density > 0) {
            int words = 0;
            for (Unit u : density(document, units)) {
                words += WordTerms.Tokens.of(u.prose(), u.from(), u.to()).count();
            }
            if (words == 0 || total * 1000.0 / words < density) {
                return Optional.empty();
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Collections.reverseOrder(Map.Entry.comparingByValue()));
        return Optional.of(entries.stream().map(Map.Entry::getKey).toList());
    }

    /** Densities are per thousand words of the scope's text, or of the article's for links and source. */
    private List<Unit> density(Document document, List<Unit> units) {
        return units.isEmpty() ? Units.of(document, Scope.ARTICLE) : units;
    }

    private int count(CharSequence text, int from, int to, Unit unit, TimeLimit limit, PatternSet exceptions,
            Map<String, Integer> counts) {
        List<Match> matches = new ArrayList<>();
        if (unit != null) {
            patterns.find(unit.prose(), from, to, limit, matches);
        } else {
            patterns.find(text, from, to, limit, matches);
        }
        if (matches.isEmpty()) {
            return 0;
        }
        if (unit != null) {
            matches = Filters.apply(unit, matches, exceptions, limit);
        }
        for (Match m : matches) {
            counts.merge(Matching.normalize(text.subSequence(m.start(), m.end()).toString()), 1, Integer::sum);
        }
        return matches.size();
    }
}
