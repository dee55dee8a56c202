package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Prose;
import dev.copydesk.rule.RuleTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions (Java syntax), each run on its own within a {@link TimeLimit}. With word boundaries
 * a match may not touch a letter or digit on either side.
 */
final class Regexes implements TextPattern {

    private final List<Pattern> patterns;
    private final List<Located> sources;
    /** Per pattern, text every match starts with ("" if unknown): a text without it is not searched. */
    private final String[] prefixes;
    /** Per pattern without a prefix, the characters one of which starts every match ("" if unknown). */
    private final String[] firstChars;

    private Regexes(List<Pattern> patterns, List<Located> sources) {
        this.patterns = patterns;
        this.sources = sources;
        this.prefixes = new String[sources.size()];
        this.firstChars = new String[sources.size()];
        for (int k = 0; k < prefixes.length; k++) {
            prefixes[k] = literalPrefix(sources.get(k).value());
            firstChars[k] = prefixes[k].isEmpty() ? leadingClass(sources.get(k).value()) : "";
        }
    }

    /**
     * The literal text every match of {@code regex} starts with, as far as a simple reading can tell (after any
     * {@code (?:} or flag groups, up to the first operator): "you should " for {@code you should (?:invest|buy)},
     * "&amp;" for an entity pattern; "" when a match may start in several ways (a top-level {@code |}) or with a
     * class. Letters are compared ignoring case, so the prefix is valid whatever the pattern's flags.
     */
    static String literalPrefix(String regex) {
        if (hasTopLevelAlternative(regex)) {
            return "";
        }
        int i = 0;
        while (regex.startsWith("(?", i)) {
            int j = i + 2;
            while (j < regex.length() && (Character.isLetter(regex.charAt(j)) || regex.charAt(j) == '-')) {
                j++;
            }
            if (j < regex.length() && regex.charAt(j) == ')') {
                i = j + 1;
            } else if (j < regex.length() && regex.charAt(j) == ':' && mustEnter(regex, i, j + 1)) {
                i = j + 1;
            } else {
                return "";
            }
        }
        StringBuilder prefix = new StringBuilder();
        while (i < regex.length()) {
            char c = regex.charAt(i);
            int width;
            char literal;
            if (c == '\\') {
                if (i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
                    break;
                }
                literal = regex.charAt(i + 1);
                width = 2;
            } else if (".[]()|^$?*+{}".indexOf(c) >= 0 || c > 127) {
                break;
            } else {
                literal = c;
                width = 1;
            }
            int after = i + width;
            if (after < regex.length() && "?*{".indexOf(regex.charAt(after)) >= 0) {
                break;
            }
            prefix.append(literal);
            i = after;
        }
        return prefix.toString();
    }

    /**
     * The characters of a leading class of plain punctuation ({@code [?&]} in an affiliate-parameter pattern), which
     * every match starts with; "" for anything else (ranges, escapes, negation, letters, a quantifier that allows none).
     */
    static String leadingClass(String regex) {
        if (hasTopLevelAlternative(regex) || !regex.startsWith("[") || regex.startsWith("[^")) {
            return "";
        }
        int close = regex.indexOf(']', 1);
        if (close < 2 || (close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0)) {
            return "";
        }
        String chars = regex.substring(1, close);
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\\' || c == '-' || c == '[' || c > 127) {
                return "";
            }
        }
        return chars;
    }

    private static boolean containsAny(CharSequence text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if every match goes through the group opening at {@code open} from its start: it has no alternative of
     * its own and no quantifier that allows skipping it ({@code (?:we|i)}, {@code (?:a)?b} do not).
     */
    private static boolean mustEnter(String regex, int open, int contentStart) {
        int close = closing(regex, open);
        if (close < 0 || hasTopLevelAlternative(regex.substring(contentStart, close))) {
            return false;
        }
        return close + 1 >= regex.length() || "?*{".indexOf(regex.charAt(close + 1)) < 0;
    }

    /** The index of the parenthesis closing the group opening at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** True if {@code |} appears outside any group or class: then matches may start in several ways. */
    private static boolean hasTopLevelAlternative(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth <= 0) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code text[from, to)} contains {@code prefix}, ASCII letters compared ignoring case. */
    static boolean contains(CharSequence text, int from, int to, String prefix) {
        if (text instanceof String s) {
            return contains(s, from, to, prefix);
        }
        int n = prefix.length();
        char first = prefix.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        char firstLower = Character.toLowerCase(first);
        outer:
        for (int i = from, last = to - n; i <= last; i++) {
            char c = text.charAt(i);
            if (c != firstLower && c != firstUpper) {
                continue;
            }
            for (int k = 1; k < n; k++) {
                char a = text.charAt(i + k);
                char b = prefix.charAt(k);
                if (a != b && (a | 0x20) != (b | 0x20) || (a != b && !Character.isLetter(b))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** {@link #contains(CharSequence, int, int, String)} on a String, whose chars are read without an interface call. */
    private static boolean contains(String text, int from, int to, String prefix) {
        int n = prefix.length();
        char lower = Character.toLowerCase(prefix.charAt(0));
        char upper = Character.toUpperCase(prefix.charAt(0));
        int last = to - n;
        int a = text.indexOf(lower, from);
        int b = upper == lower ? -1 : text.indexOf(upper, from);
        while (true) {
            int at = a < 0 ? b : b < 0 ? a : Math.min(a, b);
            if (at < 0 || at > last) {
                return false;
            }
            if (text.regionMatches(true, at + 1, prefix, 1, n - 1)) {
                return true;
            }
            if (at == a) {
                a = text.indexOf(lower, at + 1);
            } else {
                b = text.indexOf(upper, at + 1);
            }
        }
    }

    static Regexes of(List<Located> regexes, boolean ignoreCase, boolean wordBoundaries) throws ConfigException {
        List<Pattern> out = new ArrayList<>();
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        for (Located r : regexes) {
            String body = wordBoundaries ? "(?<![\\p{L}\\p{N}])(?:" + r.value() + ")(?![\\p{L}\\p{N}])" : r.value();
            try {
                Pattern.compile(r.value());
                out.add(Pattern.compile(body, flags));
            } catch (PatternSyntaxException e) {
                throw new ConfigException(r.location(), "invalid pattern \"" + r.value() + "\": "
                        + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
            }
        }
        return new Regexes(List.copyOf(out), List.copyOf(regexes));
    }

    @Override
    public int size() {
        return patterns.size();
    }

    @Override
    public void find(CharSequence text, int from, int to, TimeLimit limit, List<Match> out) {
        find(text, null, from, to, limit, out);
    }

    @Override
    public void find(Prose prose, int from, int to, TimeLimit limit, List<Match> out) {
        find(prose.text(), prose.derived(CharPairs.class, CharPairs::new), from, to, limit, out);
    }

    /** Finds in {@code text}; {@code pairs}, when given, is the summary of the whole text, to skip it quickly. */
    private void find(CharSequence text, CharPairs pairs, int from, int to, TimeLimit limit, List<Match> out) {
        for (int k = 0; k < patterns.size(); k++) {
            if (!prefixes[k].isEmpty() && (pairs != null && !pairs.mayContain(prefixes[k])
                    || !contains(text, from, to, prefixes[k]))
                    || !firstChars[k].isEmpty() && (pairs != null && !pairs.mayContainAny(firstChars[k])
                    || !containsAny(text, from, to, firstChars[k]))) {
                continue;
            }
            Matcher m = patterns.get(k).matcher(limit.guard(text, from, to));
            m.region(from, to);
            m.useTransparentBounds(true);
            try {
                while (m.find()) {
                    if (m.end() > m.start()) {
                        out.add(new Match(m.start(), m.end(), k));
                    }
                }
            } catch (TimeLimit.Expired e) {
                Located src = sources.get(k);
                throw new RuleTimeoutException(src.location() + ": pattern \"" + src.value() + "\" ran for more than "
                        + limit.allowed(to - from).toMillis() + " ms on one text and was stopped; simplify it (nested "
                        + "repetition such as (a+)+ backtracks without end)");
            }
        }
    }
}
