package dev.copydesk.rule.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a text must contain for a regular expression to match in it, as far as a simple reading of the expression
 * tells: one of a few literal texts every match starts with ({@code "you should "}, or {@code "Print"} and
 * {@code "Email"} for {@code (?:Print|Email) this}), at the start of the text when the expression starts with
 * {@code ^}; or one of the punctuation characters of a leading class ({@code [?&]}). A text without them is not
 * searched: most texts are skipped by a few char comparisons instead of a run of the regex engine. Letters are
 * compared ignoring (ASCII) case, so the test holds whatever the expression's flags. Immutable.
 */
final class RegexPrefilter {

    private static final RegexPrefilter NONE = new RegexPrefilter(List.of(), false, false, "");

    /** Literal texts one of which every match starts with; empty when unknown. */
    private final List<String> prefixes;
    /** Per prefix, the index of its rarest char, which a search for it jumps between: {@link #rarest}. */
    private final int[] anchors;
    /** True if matches start only at the start of the text (a leading {@code ^}). */
    private final boolean anchored;
    /**
     * True if the regex may be tried at each place a prefix starts, on its own: not when it starts with a {@code ^}
     * of multi-line mode, which a text cut at that place would wrongly satisfy.
     */
    private final boolean triedAtStarts;
    /** Without prefixes, the characters one of which starts every match ("" if unknown). */
    private final String firstChars;

    private RegexPrefilter(List<String> prefixes, boolean anchored, boolean triedAtStarts, String firstChars) {
        this.prefixes = prefixes;
        this.anchors = prefixes.stream().mapToInt(RegexPrefilter::rarest).toArray();
        this.anchored = anchored;
        this.triedAtStarts = triedAtStarts;
        this.firstChars = firstChars;
    }

    /** The prefilter of {@code regex} (Java syntax). */
    static RegexPrefilter of(String regex) {
        boolean caret = regex.startsWith("^");
        boolean anchored = caret && !hasMultilineFlag(regex);
        String body = caret ? regex.substring(1) : regex;
        List<String> prefixes = prefixes(body);
        if (!prefixes.isEmpty()) {
            return new RegexPrefilter(prefixes, anchored, !caret, "");
        }
        String chars = leadingClass(body);
        return chars.isEmpty() ? NONE : new RegexPrefilter(List.of(), false, false, chars);
    }

    /**
     * False if no match can lie in {@code text[from, to)}; {@code pairs}, when given, summarises the whole text and
     * rules most texts out at once.
     */
    boolean mayMatch(CharSequence text, CharPairs pairs, int from, int to) {
        if (!prefixes.isEmpty()) {
            for (int k = 0; k < prefixes.size(); k++) {
                String p = prefixes.get(k);
                if ((pairs == null || pairs.mayContain(p))
                        && (anchored ? startsWith(text, from, to, p) : indexOf(text, from, to, p, anchors[k]) >= 0)) {
                    return true;
                }
            }
            return false;
        }
        if (!firstChars.isEmpty()) {
            return (pairs == null || pairs.mayContainAny(firstChars)) && containsAny(text, from, to, firstChars);
        }
        return true;
    }

    /** True if every match starts at the start of the text: the regex need only be tried there. */
    boolean anchored() {
        return anchored;
    }

    /** True if every match starts where one of a few literal texts does: the regex need only be tried there. */
    boolean triedAtStarts() {
        return triedAtStarts;
    }

    /** The places in a text where a match may start, in order: where a prefix starts. */
    Starts starts(CharSequence text, int to) {
        return new Starts(text, to);
    }

    /** Walks the places in {@code text[…, to)} where one of the prefixes starts, each prefix's next place kept. */
    final class Starts {
        private final CharSequence text;
        private final int to;
        /**
         * Per prefix, where it next starts at or after the last place asked for ({@code -1}: nowhere; {@code -2}: not
         * looked for yet).
         */
        private final int[] next;
        /** Per prefix, its search in a String text, which keeps its place between calls; null for other texts. */
        private final StringSearch[] searches;

        private Starts(CharSequence text, int to) {
            this.text = text;
            this.to = to;
            this.next = new int[prefixes.size()];
            Arrays.fill(next, -2);
            if (text instanceof String s) {
                searches = new StringSearch[prefixes.size()];
                for (int k = 0; k < searches.length; k++) {
                    searches[k] = new StringSearch(s, to, prefixes.get(k), anchors[k]);
                }
            } else {
                searches = null;
            }
        }

        /** The first place at or after {@code at} where a prefix starts, or -1; {@code at} never decreases. */
        int next(int at) {
            int best = -1;
            for (int k = 0; k < next.length; k++) {
                if (next[k] == -2 || next[k] >= 0 && next[k] < at) {
                    next[k] = searches != null ? searches[k].from(at) : indexOf(text, at, to, prefixes.get(k), anchors[k]);
                }
                if (next[k] >= 0 && (best < 0 || next[k] < best)) {
                    best = next[k];
                }
            }
            return best;
        }
    }

    /** The literal texts one of which every match starts with; empty when unknown. */
    static List<String> prefixes(String regex) {
        String single = literalPrefix(regex);
        if (!single.isEmpty()) {
            return List.of(single);
        }
        if (hasTopLevelAlternative(regex)) {
            return List.of();
        }
        // A leading group of alternatives, each with its own literal start: "(?:Print|Email) this".
        int open = skipFlagGroups(regex);
        if (open < 0 || !regex.startsWith("(", open)) {
            return List.of();
        }
        int contentStart = open + 1;
        if (regex.startsWith("(?", open)) {
            int j = flagsEnd(regex, open);
            if (j >= regex.length() || regex.charAt(j) != ':') {
                return List.of(); // a lookaround or a named group
            }
            contentStart = j + 1;
        }
        int close = closing(regex, open);
        if (close < 0 || close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String alternative : alternatives(regex.substring(contentStart, close))) {
            String p = literalPrefix(alternative);
            if (p.isEmpty()) {
                return List.of();
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    /** The index just past the flags of the group opening with {@code (?} at {@code open} ({@code (?i-s:}). */
    private static int flagsEnd(String regex, int open) {
        int j = open + 2;
        while (j < regex.length() && (Character.isLetter(regex.charAt(j)) || regex.charAt(j) == '-')) {
            j++;
        }
        return j;
    }

    /** The index after any leading flag-only groups ({@code (?i)}), or -1 if one is malformed. */
    private static int skipFlagGroups(String regex) {
        int i = 0;
        while (regex.startsWith("(?", i)) {
            int j = flagsEnd(regex, i);
            if (j < regex.length() && regex.charAt(j) == ')') {
                i = j + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    /** The top-level alternatives of {@code regex}. */
    private static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int[] depths = depths(regex);
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '|' && depths[i] != LITERAL && depths[i] <= 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /** In {@link #depths}, a char that is escaped or part of a class: never a group or alternative marker. */
    private static final int LITERAL = Integer.MIN_VALUE;

    /**
     * Per char of {@code regex}, how many groups enclose it (a group's parentheses count as outside it), or
     * {@link #LITERAL} for an escaped char or a char of a class.
     */
    private static int[] depths(String regex) {
        int[] out = new int[regex.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < out.length; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                out[i] = LITERAL;
                if (i + 1 < out.length) {
                    out[++i] = LITERAL;
                }
            } else if (inClass || c == '[') {
                out[i] = LITERAL;
                inClass = c == '[' && !inClass || inClass && c != ']';
            } else {
                if (c == ')') {
                    depth--;
                }
                out[i] = depth;
                if (c == '(') {
                    depth++;
                }
            }
        }
        return out;
    }

    /** True if an inline flag group turns on multi-line mode, where {@code ^} also matches after line breaks. */
    private static boolean hasMultilineFlag(String regex) {
        for (int i = regex.indexOf("(?"); i >= 0; i = regex.indexOf("(?", i + 2)) {
            for (int j = i + 2; j < regex.length() && Character.isLetter(regex.charAt(j)); j++) {
                if (regex.charAt(j) == 'm') {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if {@code text[from, to)} starts with {@code prefix}, ASCII letters compared ignoring case. */
    private static boolean startsWith(CharSequence text, int from, int to, String prefix) {
        int n = prefix.length();
        if (to - from < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char a = text.charAt(from + k);
            char b = prefix.charAt(k);
            if (a != b && ((a | 0x20) != (b | 0x20) || !isAsciiLetter(b))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
            int j = flagsEnd(regex, i);
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
        int[] depths = depths(regex);
        for (int i = open + 1; i < regex.length(); i++) {
            if (regex.charAt(i) == ')' && depths[i] == depths[open]) {
                return i;
            }
        }
        return -1;
    }

    /** True if {@code |} appears outside any group or class: then matches may start in several ways. */
    private static boolean hasTopLevelAlternative(String regex) {
        return alternatives(regex).size() > 1;
    }

    /**
     * Where {@code prefix} first starts in {@code text[from, to)} (and ends within it), ASCII letters compared
     * ignoring case; -1 if nowhere.
     */
    static int indexOf(CharSequence text, int from, int to, String prefix) {
        return indexOf(text, from, to, prefix, rarest(prefix));
    }

    /** {@link #indexOf(CharSequence, int, int, String)}, given the index of the prefix's rarest char. */
    private static int indexOf(CharSequence text, int from, int to, String prefix, int anchor) {
        if (text instanceof String s) {
            return new StringSearch(s, to, prefix, anchor).from(from);
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
            return i;
        }
        return -1;
    }

    /**
     * Where a prefix starts in a String's {@code [from, to)}, ASCII letters compared ignoring case; its chars are read
     * without an interface call. The search jumps between the places of the prefix's rarest char (in "rel=", the
     * "="), in either case, and keeps them between calls, which ask for places further on each time: however many
     * calls, each place is looked for once, and a case that does not occur is looked for once, not on every call.
     */
    private static final class StringSearch {
        private final String text;
        private final String prefix;
        private final int to;
        /** The index in the prefix of its rarest char, in lower and upper case. */
        private final int anchor;
        private final char lower;
        private final char upper;
        /** The anchor char of a prefix that lies within the range comes before this. */
        private final int end;
        /** The next place of the anchor char in lower, upper case ({@code -1}: none left; {@code -2}: not looked for). */
        private int nextLower = -2;
        private int nextUpper;

        StringSearch(String text, int to, String prefix, int anchor) {
            this.text = text;
            this.prefix = prefix;
            this.to = to;
            this.anchor = anchor;
            this.lower = Character.toLowerCase(prefix.charAt(anchor));
            this.upper = Character.toUpperCase(prefix.charAt(anchor));
            this.end = to - prefix.length() + anchor + 1;
            this.nextUpper = upper == lower ? -1 : -2;
        }

        /** Where the prefix first starts at or after {@code at}, or -1; {@code at} may not be less than last time. */
        int from(int at) {
            int from = at + anchor;
            if (nextLower == -2 || nextLower >= 0 && nextLower < from) {
                nextLower = next(text, lower, from, end, to);
            }
            if (nextUpper == -2 || nextUpper >= 0 && nextUpper < from) {
                nextUpper = next(text, upper, from, end, to);
            }
            while (true) {
                int place = nextLower < 0 ? nextUpper : nextUpper < 0 ? nextLower : Math.min(nextLower, nextUpper);
                if (place < 0) {
                    return -1;
                }
                if (text.regionMatches(true, place - anchor, prefix, 0, prefix.length())) {
                    return place - anchor;
                }
                if (place == nextLower) {
                    nextLower = next(text, lower, place + 1, end, to);
                } else {
                    nextUpper = next(text, upper, place + 1, end, to);
                }
            }
        }
    }

    /**
     * Where {@code c} first occurs in {@code text[from, end)}, or -1. A range that ends where the text does uses the
     * runtime's fast search; a shorter one (a sentence) is read char by char, not to search the rest of the text.
     */
    private static int next(String text, char c, int from, int end, int to) {
        if (to == text.length()) {
            int at = text.indexOf(c, from);
            return at < end ? at : -1;
        }
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Letters from the most to the least common in English text. */
    private static final String LETTERS_BY_FREQUENCY = "etaoinsrhldcumfpgwybvkxjqz";

    /**
     * The index of the char of {@code prefix} likely to be rarest in text: punctuation before digits before
     * letters (the less common the better), and a space last.
     */
    static int rarest(String prefix) {
        int best = 0;
        int bestScore = Integer.MAX_VALUE;
        for (int i = 0; i < prefix.length(); i++) {
            char c = Character.toLowerCase(prefix.charAt(i));
            int letter = LETTERS_BY_FREQUENCY.indexOf(c);
            int score = c == ' ' ? 100 : letter >= 0 ? 60 - letter : Character.isDigit(c) ? 20 : 10;
            if (score < bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}
