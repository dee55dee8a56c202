package dev.copydesk.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words: runs of letters and digits, with inner apostrophes and hyphens kept ("don't",
 * "step-by-step"). Typographic apostrophes count as apostrophes.
 */
public final class Words {

    private Words() {
    }

    /** The ranges of the words of {@code text}, in order. */
    public static List<TextRange> ranges(CharSequence text) {
        return ranges(text, 0, text.length());
    }

    /** The ranges of the words of {@code text} within {@code [from, to)}, in order. */
    public static List<TextRange> ranges(CharSequence text, int from, int to) {
        List<TextRange> out = new ArrayList<>();
        scan(chars(text, from, to), 0, to - from, (start, end) -> out.add(new TextRange(from + start, from + end)));
        return out;
    }

    /** How many words {@code text} has. */
    public static int count(CharSequence text) {
        return count(chars(text, 0, text.length()));
    }

    /** How many words a prose's text has. */
    public static int count(Prose prose) {
        return count(prose.chars());
    }

    private static int count(char[] cs) {
        int[] n = {0};
        scan(cs, 0, cs.length, (start, end) -> n[0]++);
        return n[0];
    }

    /** The words of {@code text} in lower case, typographic apostrophes made straight. */
    public static List<String> lower(CharSequence text) {
        return lower(text, 0, text.length());
    }

    /** The words of {@code text} within {@code [from, to)} in lower case. */
    public static List<String> lower(CharSequence text, int from, int to) {
        char[] cs = chars(text, from, to);
        List<String> out = new ArrayList<>();
        scan(cs, 0, cs.length, (start, end) -> out.add(normalize(cs, start, end)));
        return out;
    }

    /** Receives the words a scan finds, as {@code [start, end)} offsets. */
    @FunctionalInterface
    interface WordSink {
        void word(int start, int end);
    }

    /** Finds the words of {@code cs[from, to)}, in order. */
    static void scan(char[] cs, int from, int to, WordSink sink) {
        int i = from;
        while (i < to) {
            if (!isLetterOrDigit(cs[i])) {
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(cs, i, to);
            sink.word(start, i);
        }
    }

    /**
     * The chars of {@code text[from, to)}, copied once: reading an array is much cheaper than a string's chars one
     * call at a time.
     */
    static char[] chars(CharSequence text, int from, int to) {
        char[] cs = new char[to - from];
        text.toString().getChars(from, to, cs, 0);
        return cs;
    }

    /** {@link Character#isLetterOrDigit(char)}, answered without a table lookup for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                : Character.isLetterOrDigit(c);
    }

    /** The end of the word starting at {@code start}, at most {@code to}. */
    private static int wordEnd(char[] cs, int start, int to) {
        int i = start;
        while (i < to) {
            char c = cs[i];
            if (isLetterOrDigit(c) || c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < to && isLetterOrDigit(cs[i + 1])) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** {@code cs[start, end)} normalised as {@link #normalize(String)} does, converting only when a char changes. */
    private static String normalize(char[] cs, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = cs[i];
            if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                return normalize(new String(cs, start, end - start));
            }
        }
        return new String(cs, start, end - start);
    }

    /** A word in lower case with typographic apostrophes made straight. */
    public static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
