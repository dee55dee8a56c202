package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Document;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code repetition}, of two sorts.
 *
 * <ul>
 *   <li>{@code of: word}: the same word, or phrase of {@code length} words, again within {@code window} words in
 *       one unit ("the the"); optionally only the given {@code terms}. A finding on the repeat.</li>
 *   <li>{@code of: opening}: {@code min} or more consecutive units of one run (sentences of a section, items of a
 *       list, teasers of a related-links region) opening with the same word; optionally only the given
 *       {@code terms} (single words). A finding on the first of them.</li>
 * </ul>
 *
 * Exceptions are words and phrases that do not count ("the", say). {@code %s} is the repeated word or phrase.
 */
record RepetitionRule(Common common, boolean openings, Set<Scope> scopes, boolean ignoreCase, int window,
        int length, Set<String> only, int min) implements YamlRule {

    static final List<String> KEYS = List.of("of", "scope", "ignorecase", "window", "length", "terms", "min");

    static RepetitionRule read(Keys k, Common common) throws ConfigException {
        boolean openings = k.choice("of", "word", List.of("word", "opening")).equals("opening");
        boolean ignoreCase = k.bool("ignorecase", true);
        if (openings) {
            for (String key : List.of("window", "length")) {
                if (k.has(key)) {
                    throw new ConfigException(k.map().entries().get(key).keyLocation(), key + " is for of: word, "
                            + "not of: opening");
                }
            }
        } else if (k.has("min")) {
            throw new ConfigException(k.map().entries().get("min").keyLocation(), "min is for of: opening, not of: "
                    + "word");
        }
        int length = k.integer("length", 1, 1);
        Set<String> only = new HashSet<>();
        for (Located t : k.list("terms")) {
            List<String> words = words(t.value(), ignoreCase);
            int expected = openings ? 1 : length;
            if (words.size() != expected) {
                throw new ConfigException(t.location(), "term \"" + t.value() + "\" has " + words.size()
                        + " words, but " + (openings ? "an opening is one word" : "length is " + length));
            }
            only.add(String.join(" ", words));
        }
        return new RepetitionRule(common, openings, Rules.scopes(k, Set.of(Scope.SENTENCE)), ignoreCase, k.integer("window", 1, 1), length, Set.copyOf(only),
                k.integer("min", 3, 2));
    }

    private static List<String> words(String s, boolean ignoreCase) {
        WordTerms.Tokens t = WordTerms.Tokens.of(s, 0, s.length());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.count(); i++) {
            out.add(norm(t.text(s, i), ignoreCase));
        }
        return out;
    }

    private static String norm(String word, boolean ignoreCase) {
        String s = word.replace('’', '\'');
        return ignoreCase ? s.toLowerCase(Locale.ROOT) : s;
    }

    @Override
    public void check(Document document, RuleContext context) {
        TimeLimit limit = common.limit();
        if (!common.applies(document, limit)) {
            return;
        }
        List<Unit> units = Units.of(document, scopes);
        if (openings) {
            openings(units, limit, context);
        } else {
            for (Unit u : units) {
                words(u, limit, context);
            }
        }
    }

    private void openings(List<Unit> units, TimeLimit limit, RuleContext context) {
        Map<Integer, List<Unit>> runs = new LinkedHashMap<>();
        for (Unit u : units) {
            runs.computeIfAbsent(u.run(), r -> new ArrayList<>()).add(u);
        }
        for (List<Unit> run : runs.values()) {
            int i = 0;
            while (i < run.size()) {
                Opening first = opening(run.get(i), limit);
                int j = i + 1;
                if (first != null) {
                    while (j < run.size()) {
                        Opening next = opening(run.get(j), limit);
                        if (next == null || !next.word.equals(first.word)) {
                            break;
                        }
                        j++;
                    }
                    if (j - i >= min) {
                        Unit u = run.get(i);
                        context.report(new Finding(u.prose().sourceSpan(first.start, first.end),
                                common.message().format(first.written), List.of(),
                                Map.of("word", first.written, "count", j - i)));
                    }
                }
                i = j;
            }
        }
    }

    private record Opening(String word, String written, int start, int end) {
    }

    /** Fewest words of a unit without a full stop (a label, a button) whose opening counts. */
    private static final int OPENING_WORDS = 3;

    /** True if the unit's text ends a sentence: ".", "!", "?" or "…", before any closing quote or bracket. */
    private static boolean endsSentence(Unit u) {
        String text = u.prose().text();
        for (int i = Math.min(u.to(), text.length()) - 1; i >= u.from(); i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\u201D' || c == '\u2019' || c == ')') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\u2026';
        }
        return false;
    }

    /**
     * The first word of a unit, unless it is inline code or one of the exceptions, or the unit is a label: fewer
     * than {@link #OPENING_WORDS} words and no full stop ("Learn more", "Explore"). A row of buttons opens nothing.
     */
    private Opening opening(Unit u, TimeLimit limit) {
        WordTerms.Tokens t = WordTerms.Tokens.of(u.prose(), u.from(), u.to());
        if (t.count() == 0 || (t.count() < OPENING_WORDS && !endsSentence(u))) {
            return null;
        }
        int start = t.start(0);
        int end = t.end(0);
        if (Filters.apply(u, List.of(new Match(start, end, 0)), common.exceptions(), limit).isEmpty()) {
            return null;
        }
        String written = t.text(u.prose().text(), 0);
        String word = norm(written, ignoreCase);
        return only.isEmpty() || only.contains(word) ? new Opening(word, written, start, end) : null;
    }

    private void words(Unit u, TimeLimit limit, RuleContext context) {
        String text = u.prose().text();
        WordTerms.Tokens t = WordTerms.Tokens.of(text, u.from(), u.to());
        Map<String, Integer> last = new HashMap<>();
        List<Match> candidates = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i + length <= t.count(); i++) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < i + length; k++) {
                if (k > i) {
                    b.append(' ');
                }
                b.append(norm(t.text(text, k), ignoreCase));
            }
            String key = b.toString();
            Integer before = last.put(key, i);
            if (before != null && i - before <= window && i - before >= length && (only.isEmpty()
                    || only.contains(key))) {
                candidates.add(new Match(t.start(i), t.end(i + length - 1), keys.size()));
                keys.add(key);
            }
        }
        for (Match m : Filters.apply(u, candidates, common.exceptions(), limit)) {
            String match = text.substring(m.start(), m.end());
            context.report(new Finding(u.prose().sourceSpan(m.start(), m.end()), common.message().format(match),
                    List.of(), Map.of("match", match)));
        }
    }
}
