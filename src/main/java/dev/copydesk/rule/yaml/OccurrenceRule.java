package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Document;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code occurrence}: a pattern must appear at least {@code min} and at most {@code max} times in each unit of the
 * scope, or in the whole document ({@code per: document}). Too many: a finding on the first match over the limit.
 * Too few: a finding on the unit (or the document's title or first line). {@code %s} is the count.
 */
record OccurrenceRule(Common common, PatternSet patterns, Set<Scope> scopes, boolean perDocument, int min, int max)
        implements YamlRule {

    static final List<String> KEYS = List.of("terms", "patterns", "ignorecase", "wordboundaries", "scope", "per",
            "min", "max");

    static OccurrenceRule read(Keys k, Common common) throws ConfigException {
        int min = k.integer("min", 0, 0);
        int max = k.integer("max", Integer.MAX_VALUE, 0);
        if (!k.has("min") && !k.has("max")) {
            throw new ConfigException(k.map().location(), "an occurrence rule needs min or max");
        }
        if (min > max) {
            throw new ConfigException(k.map().get("min").get().location(), "min (" + min + ") is above max (" + max
                    + ")");
        }
        return new OccurrenceRule(common, Matching.read(k, "an occurrence rule"), Rules.scopes(k, Scope.ARTICLE),
                k.choice("per", "unit", List.of("unit", "document")).equals("document"), min, max);
    }

    @Override
    public void check(Document document, RuleContext context) {
        TimeLimit limit = common.limit();
        if (!common.applies(document, limit)) {
            return;
        }
        List<Unit> units = Units.of(document, scopes);
        if (perDocument) {
            List<Span> spans = new ArrayList<>();
            for (Unit u : units) {
                for (Match m : common.matches(patterns, u, limit)) {
                    spans.add(u.prose().sourceSpan(m.start(), m.end()));
                }
            }
            judge(spans, Place.document(document), context);
            return;
        }
        for (Unit u : units) {
            List<Span> spans = new ArrayList<>();
            for (Match m : common.matches(patterns, u, limit)) {
                spans.add(u.prose().sourceSpan(m.start(), m.end()));
            }
            judge(spans, u.prose().sourceSpan(u.from(), u.to()), context);
        }
    }

    private void judge(List<Span> matches, Span whole, RuleContext context) {
        int n = matches.size();
        if (n > max) {
            context.report(new Finding(matches.get(max), common.message().format(String.valueOf(n)), List.of(),
                    Map.of("count", n, "max", max)));
        } else if (n < min) {
            context.report(new Finding(whole, common.message().format(String.valueOf(n)), List.of(),
                    Map.of("count", n, "min", min)));
        }
    }
}
