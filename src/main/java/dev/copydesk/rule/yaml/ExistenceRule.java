package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Document;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Sentence;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code existence}: terms or patterns that must not appear. Each match is a finding. */
record ExistenceRule(Common common, PatternSet patterns, Set<Scope> scopes, boolean ignoreCited)
        implements YamlRule {

    static final List<String> KEYS = List.of("terms", "patterns", "ignorecase", "wordboundaries", "scope",
            "ignorecited");

    /** A numbered reference ("[3]"), an author-year citation ("(Smith et al., 2019)") or "according to". */
    private static final Pattern CITATION = Pattern.compile("\\[\\d+(?:[,–-]\\s*\\d+)*\\]"
            + "|\\(\\s*[\\p{Lu}][\\p{L}'’-]+(?:\\s+et al\\.?|\\s+(?:and|&)\\s+[\\p{Lu}][\\p{L}'’-]+)?,?\\s+(?:19|20)\\d{2}"
            + "[a-z]?\\s*\\)|\\baccording to\\b", Pattern.CASE_INSENSITIVE);

    static ExistenceRule read(Keys k, Common common) throws ConfigException {
        return new ExistenceRule(common, Matching.read(k, "an existence rule"), Rules.scopes(k, Scope.ARTICLE),
                k.bool("ignorecited", false));
    }

    @Override
    public void check(Document document, RuleContext context) {
        TimeLimit limit = common.limit();
        if (!common.meetsWhen(document, limit)) {
            return;
        }
        List<Finding> found = new ArrayList<>();
        for (Unit u : Units.of(document, scopes)) {
            for (Match m : common.matches(patterns, u, limit)) {
                if (ignoreCited && cited(u.prose(), m.start())) {
                    continue;
                }
                String match = u.prose().text().substring(m.start(), m.end());
                found.add(new Finding(u.prose().sourceSpan(m.start(), m.end()), common.message().format(match),
                        List.of(), Map.of("match", match)));
            }
        }
        if (!found.isEmpty() && !common.vetoed(document, limit)) {
            found.forEach(context::report);
        }
    }

    /** True if the sentence around {@code index} has a link or a citation. */
    private static boolean cited(Prose prose, int index) {
        for (Sentence s : prose.sentences()) {
            if (index >= s.start() && index < s.end()) {
                return prose.hasLinkIn(s.start(), s.end()) || CITATION.matcher(s.text()).find();
            }
        }
        return false;
    }
}
