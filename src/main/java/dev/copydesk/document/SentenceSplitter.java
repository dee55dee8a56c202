package dev.copydesk.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences.
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or {@code …} (with any closing quotes or brackets after
 * them) followed by a space and a character that can open a sentence: an upper-case letter, a digit, an opening
 * quote or bracket. A period after a known abbreviation ("Dr.", "e.g."), a single initial ("J. Smith") or inside a
 * number does not end a sentence. A colon never does: a lead-in ending in a colon stays one sentence.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "vs", "etc", "e.g", "i.e", "cf", "al",
            "approx", "dept", "est", "fig", "figs", "inc", "ltd", "co", "corp", "no", "nos", "vol", "p", "pp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "a.m", "p.m", "u.s", "u.k", "u.s.a", "ph.d", "m.d", "b.a", "m.a", "gov", "sen", "rep", "gen", "col",
            "lt", "sgt", "capt", "rev", "hon", "ave", "blvd", "rd", "min", "max", "mg", "ml", "oz", "lb", "lbs");

    private SentenceSplitter() {
    }

    /** Splits {@code text}, whose chars are the first ones of {@code chars}. */
    static List<Sentence> split(String text, char[] chars) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int j = i + 1;
            while (j < n && isTerminalOrCloser(chars[j])) {
                j++;
            }
            int next = j;
            while (next < n && chars[next] == ' ') {
                next++;
            }
            if (next == j || next >= n || !canOpen(chars[next])) {
                i = j - 1;
                continue;
            }
            if (c == '.' && isAbbreviationOrInitial(text, start, i)) {
                i = j - 1;
                continue;
            }
            add(out, text, start, j);
            start = next;
            i = next - 1;
        }
        add(out, text, start, n);
        return List.copyOf(out);
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(new TextRange(start, end), text.substring(start, end)));
        }
    }

    private static boolean isTerminalOrCloser(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '\'' || c == '”' || c == '’'
                || c == ')' || c == ']' || c == '»';
    }

    private static boolean canOpen(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c) || c == '"'
                || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«' || c == '¿' || c == '¡'
                || (Character.isLetter(c) && !Character.isLowerCase(c));
    }

    /** True if the period at {@code dot} closes an abbreviation or an initial rather than a sentence. */
    private static boolean isAbbreviationOrInitial(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        if (w == dot) {
            return false;
        }
        String word = text.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
