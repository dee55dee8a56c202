package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads {@code terms}, {@code patterns}, {@code ignorecase} and {@code wordboundaries} into a {@link PatternSet}. */
final class Matching {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final List<String> KEYS = List.of("terms", "patterns", "ignorecase", "wordboundaries");

    private Matching() {
    }

    /** The pattern set of a mapping; {@code what} names it in errors when it has neither terms nor patterns. */
    static PatternSet read(Keys keys, String what) throws ConfigException {
        boolean ignoreCase = keys.bool("ignorecase", true);
        boolean words = keys.bool("wordboundaries", true);
        List<Located> terms = keys.list("terms");
        List<Located> patterns = keys.list("patterns");
        if (terms.isEmpty() && patterns.isEmpty()) {
            throw new ConfigException(keys.map().location(), what + " needs terms or patterns");
        }
        return new PatternSet(terms(terms, ignoreCase, words), patterns.isEmpty() ? null
                : Regexes.of(patterns, ignoreCase, words));
    }

    /** Terms matched as words (with word boundaries) or as exact characters (without); null if there are none. */
    static TextPattern terms(List<Located> terms, boolean ignoreCase, boolean words) throws ConfigException {
        if (terms.isEmpty()) {
            return null;
        }
        return words ? WordTerms.of(terms, ignoreCase) : CharTerms.of(terms, ignoreCase);
    }

    /** Lower case, typographic apostrophes straight, spaces collapsed: how matches are compared and counted. */
    static String normalize(String s) {
        return SPACES.matcher(s.replace('’', '\'')).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
