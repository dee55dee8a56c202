package dev.copydesk.source;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Maps char offsets of a text to 1-based line and column.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}. Columns count code points, so a character outside
 * the Basic Multilingual Plane (an emoji, say) is one column, and a tab is one column. Built once per file in one
 * pass; each lookup is a binary search, and a column costs nothing more on a line without such characters (counting
 * code points on every lookup would make many findings on one long line, a minified page say, quadratic).
 */
public final class LineMap {

    private final String text;
    private final int[] lineStarts;
    /** Lines (0-based) that hold a surrogate pair, whose columns must count code points. */
    private final BitSet surrogateLines = new BitSet();

    public LineMap(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        // The chars are copied once: reading an array is much cheaper than a string's chars one call at a time.
        char[] cs = text.toCharArray();
        int n = cs.length;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c > '\r' && c < Character.MIN_SURROGATE) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                surrogateLines.set(count - 1);
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
        int column = surrogateLines.get(line - 1) ? text.codePointCount(start, offset) : offset - start;
        return new Position(line, column + 1);
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
