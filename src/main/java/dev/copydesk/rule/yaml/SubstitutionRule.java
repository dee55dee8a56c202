package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.YamlMap;
import dev.copydesk.config.YamlNode;
import dev.copydesk.config.YamlScalar;
import dev.copydesk.document.Document;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Fix;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code substitution}: terms with a preferred replacement, offered as a fix. When case is ignored, the replacement
 * takes the capital of the text it replaces ("Delve into" becomes "Explore"); when it is not, the replacement is
 * used as written. An entry may have no replacement, or its own message.
 */
record SubstitutionRule(Common common, PatternSet patterns, List<Entry> entries, Set<Scope> scopes,
        boolean ignoreCase) implements YamlRule {

    static final List<String> KEYS = List.of("swap", "ignorecase", "wordboundaries", "scope");

    /** One term of {@code swap}: its replacements (maybe none) and its own message, or null for the rule's. */
    record Entry(List<String> replacements, Template message) {
    }

    static SubstitutionRule read(Keys k, Common common) throws ConfigException {
        YamlMap swap = k.node("swap").orElseThrow(() -> new ConfigException(k.map().location(),
                "a substitution rule needs swap: a mapping from each term to its replacement")).asMap("swap");
        if (swap.entries().isEmpty()) {
            throw new ConfigException(swap.location(), "swap must not be empty");
        }
        List<Located> terms = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (YamlMap.Entry e : swap.all()) {
            terms.add(new Located(e.key(), e.keyLocation()));
            entries.add(entry(e));
        }
        boolean ignoreCase = k.bool("ignorecase", true);
        PatternSet patterns = new PatternSet(Matching.terms(terms, ignoreCase, k.bool("wordboundaries", true)), null);
        return new SubstitutionRule(common, patterns, List.copyOf(entries), Rules.scopes(k, Scope.ARTICLE),
                ignoreCase);
    }

    private static Entry entry(YamlMap.Entry e) throws ConfigException {
        YamlNode v = e.value();
        if (v instanceof YamlScalar s && s.isNull()) {
            return new Entry(List.of(), null);
        }
        if (v instanceof YamlMap m) {
            m.checkKeys("a swap entry", List.of("replace", "message"));
            Template message = null;
            if (m.get("message").isPresent()) {
                message = Template.of(m.string("message").get(), m.get("message").get().location(), true);
            }
            List<String> replace = m.get("replace").isEmpty() ? List.of()
                    : Keys.strings(m.get("replace").get(), "replace").stream().map(Located::value).toList();
            return new Entry(replace, message);
        }
        return new Entry(Keys.strings(v, "the replacement of \"" + e.key() + "\"").stream().map(Located::value)
                .toList(), null);
    }

    @Override
    public void check(Document document, RuleContext context) {
        TimeLimit limit = common.limit();
        if (!common.applies(document, limit)) {
            return;
        }
        for (Unit u : Units.of(document, scopes)) {
            for (Match m : common.matches(patterns, u, limit)) {
                String match = u.prose().text().substring(m.start(), m.end());
                Entry entry = entries.get(m.key());
                Span span = u.prose().sourceSpan(m.start(), m.end());
                List<Fix> fixes = new ArrayList<>();
                for (String r : entry.replacements()) {
                    fixes.add(new Fix(span, ignoreCase ? caseLike(match, r) : r));
                }
                String first = fixes.isEmpty() ? "" : fixes.get(0).replacement();
                Template message = entry.message() != null ? entry.message() : common.message();
                context.report(new Finding(span, message.format(match, first), fixes, Map.of("match", match)));
            }
        }
    }

    /** {@code replacement} with a capital first letter if {@code match} starts with one and it does not. */
    static String caseLike(String match, String replacement) {
        if (match.isEmpty() || replacement.isEmpty() || !Character.isUpperCase(match.charAt(0))
                || !Character.isLowerCase(replacement.charAt(0))) {
            return replacement;
        }
        return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
    }
}
