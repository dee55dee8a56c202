package dev.copydesk.source;

import java.util.Arrays;

/**
 * Maps char offsets of a text to 1-based line and column.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}. Columns count code points, so a character outside
 * the Basic Multilingual Plane (an emoji, say) is one column, and a tab is one column. Built once per file in one
 * pass; each lookup is a binary search, in the line starts and in the places of surrogate pairs (counting code points
 * on every lookup would make many findings on one long line, a minified page say, quadratic).
 */
public final class LineMap {

    private final String text;
    private final int[] lineStarts;
    /** The offsets of the low surrogates of the text's surrogate pairs, in order: each pair is one column. */
    private final int[] pairEnds;

    public LineMap(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int[] pairs = new int[0];
        int pairCount = 0;
        // The chars are copied once: reading an array is much cheaper than a string's chars one call at a time.
        char[] cs = text.toCharArray();
        int n = cs.length;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c > '\r' && c < Character.MIN_SURROGATE) {
                continue;
            }
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(cs[i - 1])) {
                if (pairCount == pairs.length) {
                    pairs = Arrays.copyOf(pairs, Math.max(16, pairCount * 2));
                }
                pairs[pairCount++] = i;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && cs[i + 1] == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.pairEnds = Arrays.copyOf(pairs, pairCount);
    }

    /** Number of lines; a text ending in a line break has an empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset}; an offset on a line break belongs to the line it ends. */
    public int line(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Line and column of {@code offset} (0 ≤ offset ≤ text length). */
    public Position position(int offset) {
        int line = line(offset);
        int start = lineStarts[line - 1];
        // Code points in [start, offset): chars, less one for each pair lying wholly inside (its low surrogate in
        // [start + 1, offset)), as String.codePointCount counts them.
        int column = offset - start - (firstAtOrAfter(pairEnds, offset) - firstAtOrAfter(pairEnds, start + 1));
        return new Position(line, column + 1);
    }

    /** The index of the first value of the sorted {@code values} at or after {@code key}. */
    private static int firstAtOrAfter(int[] values, int key) {
        int i = Arrays.binarySearch(values, key);
        return i >= 0 ? i : -i - 1;
    }

    /** Char offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Char offset just past the last character of a 1-based line, before its line break. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of a 1-based line without its line break. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + text.length() + "]");
        }
    }
}
