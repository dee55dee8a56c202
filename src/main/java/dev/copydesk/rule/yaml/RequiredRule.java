package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.YamlMap;
import dev.copydesk.document.Block;
import dev.copydesk.document.Document;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code required}: a document that meets the rule's {@code when} conditions must contain one of the {@code require}
 * terms or patterns, optionally within its first or last N blocks (related-links regions not counted). One finding
 * per document, on its title or first line; {@code %s} is the evidence that triggered the rule, its three most
 * frequent matches.
 */
record RequiredRule(Common common, PatternSet required, Set<Scope> scopes, int first, int last)
        implements YamlRule {

    static final List<String> KEYS = List.of("require");
    static final List<String> REQUIRE_KEYS = List.of("terms", "patterns", "ignorecase", "wordboundaries", "scope",
            "first", "last");

    static RequiredRule read(Keys k, Common common) throws ConfigException {
        YamlMap m = k.node("require").orElseThrow(() -> new ConfigException(k.map().location(),
                "a required rule needs require: the terms or patterns one of which must appear")).asMap("require");
        m.checkKeys("require", REQUIRE_KEYS);
        Keys r = new Keys(m);
        PatternSet patterns = Matching.read(r, "require");
        List<Located> scope = r.list("scope");
        Set<Scope> scopes = Scope.parse(scope.isEmpty() ? List.of(new Located("all", m.location())) : scope, true);
        int first = r.integer("first", 0, 1);
        int last = r.integer("last", 0, 1);
        if (first > 0 && last > 0) {
            throw new ConfigException(m.get("last").get().location(), "require takes first or last, not both");
        }
        if ((first > 0 || last > 0) && (scopes.contains(Scope.SOURCE) || scopes.contains(Scope.LINKS))) {
            throw new ConfigException(m.location(), "first and last cannot be combined with scope source or links");
        }
        return new RequiredRule(common, patterns, scopes, first, last);
    }

    @Override
    public void check(Document document, RuleContext context) {
        TimeLimit limit = common.limit();
        var evidence = common.triggered(document, limit);
        if (evidence.isEmpty() || found(document, limit)) {
            return;
        }
        List<String> shown = evidence.get().subList(0, Math.min(3, evidence.get().size()));
        context.report(new Finding(Place.document(document), common.message().format(String.join(", ", shown)),
                List.of(), Map.of("evidence", shown)));
    }

    private boolean found(Document document, TimeLimit limit) {
        List<Match> out = new ArrayList<>();
        if (scopes.contains(Scope.SOURCE)) {
            String text = document.source().text();
            required.find(text, 0, text.length(), limit, out);
            if (!out.isEmpty()) {
                return true;
            }
        }
        if (scopes.contains(Scope.LINKS)) {
            for (Unit u : Units.of(document, Scope.ALL)) {
                for (var link : u.prose().links()) {
                    required.find(link.target(), 0, link.target().length(), limit, out);
                    if (!out.isEmpty()) {
                        return true;
                    }
                }
            }
        }
        int[] range = blockRange(document.blocks());
        for (Unit u : Units.of(document, scopes)) {
            if ((first > 0 || last > 0) && (u.block() < range[0] || u.block() >= range[1])) {
                continue;
            }
            required.find(u.prose(), u.from(), u.to(), limit, out);
            if (!out.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The top-level block indexes {@code [from, to)} that count: the first or last N, related links aside. */
    private int[] blockRange(List<Block> blocks) {
        if (first == 0 && last == 0) {
            return new int[] {-1, blocks.size()};
        }
        List<Integer> counted = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof RelatedLinks)) {
                counted.add(i);
            }
        }
        if (counted.isEmpty()) {
            return new int[] {0, 0};
        }
        if (first > 0) {
            return new int[] {0, counted.get(Math.min(first, counted.size()) - 1) + 1};
        }
        return new int[] {counted.get(Math.max(0, counted.size() - last)), blocks.size()};
    }
}
