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
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    i++;
                } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < to
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            out.add(new TextRange(start, i));
        }
        return out;
    }

    /** The words of {@code text} in lower case, typographic apostrophes made straight. */
    public static List<String> lower(CharSequence text) {
        return lower(text, 0, text.length());
    }

    /** The words of {@code text} within {@code [from, to)} in lower case. */
    public static List<String> lower(CharSequence text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (TextRange r : ranges(text, from, to)) {
            out.add(normalize(text.subSequence(r.start(), r.end()).toString()));
        }
        return out;
    }

    /** A word in lower case with typographic apostrophes made straight. */
    public static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
