package dev.copydesk.parse.markdown;

import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the blocks of a Markdown text that flexmark would take minutes over, so the parser can read them as plain
 * paragraphs instead.
 *
 * <p>flexmark's own inline parser copies the whole paragraph each time it matches a link, code span, autolink, inline
 * HTML or entity, so a paragraph costs its length times the number of those it holds: ten thousand links in one
 * 260 KB paragraph took ten seconds, forty thousand minutes. {@link StringInlineParser} no longer copies (a
 * paragraph of 100,000 links now parses in about a second), but other parts still grow faster than the text: a
 * paragraph of 50,000 lines in a quote or list item takes seconds, and the table parser rebuilds the table on every
 * row, so forty thousand rows take seconds and two hundred thousand over a minute. A block here is a run of non-blank
 * lines outside fenced code; it is heavy if its length times its count of {@code [ ] ` < &} exceeds
 * {@link #MAX_INLINE_WORK} (a few tenths of a second for flexmark's own inline parser, kept as a margin against the
 * parts that still grow faster than the text), or if it has more than {@link #MAX_LINES} lines. Articles come nowhere
 * near either.
 */
public final class HeavyBlocks {

    /** Length × inline openers above which a block is heavy: a 64 KB paragraph with 2,000 links is just under. */
    public static final long MAX_INLINE_WORK = 1L << 28;

    /** Lines above which a block is heavy. */
    public static final int MAX_LINES = 10_000;

    private HeavyBlocks() {
    }

    /** The heavy blocks of {@code source} from offset {@code from} on, in order, each from its first line's start. */
    public static List<Span> find(String source, int from) {
        List<Span> heavy = new ArrayList<>();
        int n = source.length();
        if ((long) (n - from) * (n - from) <= MAX_INLINE_WORK && (n - from) / 2 + 1 <= MAX_LINES) {
            // Too short for any block to be heavy: length × openers ≤ length², and lines ≤ length / 2 + 1.
            return heavy;
        }
        // The chars are copied once: reading an array is much cheaper than a string's chars one call at a time.
        char[] text = source.toCharArray();
        int blockStart = -1;
        int blockEnd = -1;
        int lines = 0;
        long openers = 0;
        char fence = 0;
        int fenceLength = 0;
        int pos = from;
        while (pos <= n) {
            int end = pos;
            while (end < n && text[end] != '\n' && text[end] != '\r') {
                end++;
            }
            int next = end < n && text[end] == '\r' && end + 1 < n && text[end + 1] == '\n' ? end + 2
                    : end + 1;
            int indent = pos;
            while (indent < end && (text[indent] == ' ' || text[indent] == '\t')) {
                indent++;
            }
            int run = fenceRun(text, indent, end);
            if (fence != 0) {
                if (run >= fenceLength && text[indent] == fence && blankFrom(text, indent + run, end)) {
                    fence = 0;
                }
            } else if (indent == end || (run >= 3 && indent - pos <= 3)) {
                if (blockStart >= 0 && heavy(blockEnd - blockStart, lines, openers)) {
                    heavy.add(new Span(blockStart, blockEnd));
                }
                blockStart = -1;
                lines = 0;
                openers = 0;
                if (indent < end) {
                    fence = text[indent];
                    fenceLength = run;
                }
            } else {
                if (blockStart < 0) {
                    blockStart = pos;
                }
                blockEnd = end;
                lines++;
                for (int i = indent; i < end; i++) {
                    char c = text[i];
                    if (c == '[' || c == ']' || c == '`' || c == '<' || c == '&') {
                        openers++;
                    }
                }
            }
            if (end >= n) {
                break;
            }
            pos = next;
        }
        if (fence == 0 && blockStart >= 0 && heavy(blockEnd - blockStart, lines, openers)) {
            heavy.add(new Span(blockStart, blockEnd));
        }
        return heavy;
    }

    private static boolean heavy(int length, int lines, long openers) {
        return lines > MAX_LINES || length * openers > MAX_INLINE_WORK;
    }

    /** Length of a run of three or more {@code `} or {@code ~} at {@code i} (a code fence), else 0. */
    private static int fenceRun(char[] text, int i, int end) {
        if (i >= end || (text[i] != '`' && text[i] != '~')) {
            return 0;
        }
        char c = text[i];
        int j = i;
        while (j < end && text[j] == c) {
            j++;
        }
        if (j - i < 3) {
            return 0;
        }
        for (int k = j; c == '`' && k < end; k++) {
            if (text[k] == '`') {
                return 0; // a backtick in the info string: inline code, not a fence
            }
        }
        return j - i;
    }

    private static boolean blankFrom(char[] text, int i, int end) {
        for (; i < end; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }
}
