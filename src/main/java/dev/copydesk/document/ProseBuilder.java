package dev.copydesk.document;

import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link Prose} by appending text with its source offsets, as a parser walks the markup.
 *
 * <p>Whitespace is normalised as it is appended: any run of whitespace (no-break space included) becomes one space,
 * leading and trailing whitespace is dropped. Not thread-safe; one builder per block.
 */
public final class ProseBuilder {

    /** The text so far, in {@code chars[0, length)}: an array, as appending one char at a time must be cheap. */
    private char[] chars = new char[64];
    private int length;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private final int anchor;
    private final List<Link> links = new ArrayList<>();
    private final List<TextRange> code = new ArrayList<>();
    private int linkStart = -1;
    private String linkTarget;
    private int codeStart = -1;

    /** A builder whose prose, if it stays empty, is anchored at source offset {@code anchor}. */
    public ProseBuilder(int anchor) {
        this.anchor = anchor;
    }

    /** Appends source text verbatim: char {@code i} came from source offset {@code sourceStart + i}. */
    public ProseBuilder append(CharSequence s, int sourceStart) {
        return append(s.toString(), 0, s.length(), sourceStart);
    }

    /** Appends {@code s[from, to)} verbatim: char {@code s[from + i]} came from source offset {@code sourceStart + i}. */
    public ProseBuilder append(String s, int from, int to, int sourceStart) {
        int n = to - from;
        reserve(length + n);
        // Copy the chars in bulk, then normalise their whitespace in place: the write index never passes the read one.
        s.getChars(from, to, chars, length);
        int w = length;
        for (int r = 0; r < n; r++) {
            char c = chars[length + r];
            if ((c <= ' ' || c >= 128) && isSpace(c)) {
                if (w == 0 || chars[w - 1] == ' ') {
                    continue;
                }
                c = ' ';
            }
            chars[w] = c;
            starts[w] = sourceStart + r;
            ends[w] = sourceStart + r + 1;
            w++;
        }
        length = w;
        return this;
    }

    /** Appends one char that came from {@code [sourceStart, sourceEnd)}. */
    public ProseBuilder append(char c, int sourceStart, int sourceEnd) {
        add(c, sourceStart, sourceEnd);
        return this;
    }

    /** Appends text that came, as a whole, from {@code [sourceStart, sourceEnd)} (an entity, say). */
    public ProseBuilder appendMapped(CharSequence s, int sourceStart, int sourceEnd) {
        for (int i = 0, n = s.length(); i < n; i++) {
            add(s.charAt(i), sourceStart, sourceEnd);
        }
        return this;
    }

    /** Appends a word separator that came from {@code [sourceStart, sourceEnd)} (a line break, a tag). */
    public ProseBuilder appendSpace(int sourceStart, int sourceEnd) {
        add(' ', sourceStart, sourceEnd);
        return this;
    }

    /** Starts a link whose visible text follows; {@code target} may be empty. */
    public ProseBuilder startLink(String target) {
        linkStart = length;
        linkTarget = target == null ? "" : target;
        return this;
    }

    /** Ends the link started last; {@code source} is the span of the whole link markup. */
    public ProseBuilder endLink(Span source) {
        if (linkStart >= 0) {
            int end = trimmedEnd();
            int start = Math.min(skipSpace(linkStart), end);
            links.add(new Link(new TextRange(start, end), linkTarget, source));
            linkStart = -1;
        }
        return this;
    }

    /** Starts a run of inline code. */
    public ProseBuilder startCode() {
        codeStart = length;
        return this;
    }

    /** Ends the run of inline code started last. */
    public ProseBuilder endCode() {
        if (codeStart >= 0) {
            int end = trimmedEnd();
            int start = Math.min(skipSpace(codeStart), end);
            if (end > start) {
                code.add(new TextRange(start, end));
            }
            codeStart = -1;
        }
        return this;
    }

    /** True if nothing but whitespace was appended. */
    public boolean isBlank() {
        return length == 0 || (length == 1 && chars[0] == ' ');
    }

    /** The text appended so far (whitespace normalised). */
    public String currentText() {
        return new String(chars, 0, length);
    }

    public Prose build() {
        int n = length;
        if (n > 0 && chars[n - 1] == ' ') {
            n--;
        }
        String s = new String(chars, 0, n);
        int[] st = Arrays.copyOf(starts, n);
        int[] en = Arrays.copyOf(ends, n);
        List<Link> ls = new ArrayList<>(links.size());
        for (Link l : links) {
            ls.add(new Link(clip(l.text(), n), l.target(), l.source()));
        }
        List<TextRange> cs = new ArrayList<>(code.size());
        for (TextRange r : code) {
            TextRange c = clip(r, n);
            if (c.length() > 0) {
                cs.add(c);
            }
        }
        // The prose does not keep the chars: a file of very many short paragraphs would hold them all while it is
        // parsed; rules that read them make them on first use.
        return new Prose(s, st, en, anchor, List.copyOf(ls), List.copyOf(cs), SentenceSplitter.split(s, chars));
    }

    private static TextRange clip(TextRange r, int n) {
        return new TextRange(Math.min(r.start(), n), Math.min(r.end(), n));
    }

    private int trimmedEnd() {
        int end = length;
        return end > 0 && chars[end - 1] == ' ' ? end - 1 : end;
    }

    private int skipSpace(int i) {
        return i < length && chars[i] == ' ' ? i + 1 : i;
    }

    private void add(char c, int sourceStart, int sourceEnd) {
        if ((c <= ' ' || c >= 128) && isSpace(c)) {
            if (length == 0 || chars[length - 1] == ' ') {
                return;
            }
            c = ' ';
        }
        int n = length;
        if (n == starts.length) {
            reserve(n + 1);
        }
        starts[n] = sourceStart;
        ends[n] = sourceEnd;
        chars[n] = c;
        length = n + 1;
    }

    private void reserve(int capacity) {
        if (capacity > starts.length) {
            int size = Math.max(capacity, starts.length * 2);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            chars = Arrays.copyOf(chars, size);
        }
    }

    /**
     * True for {@link Character#isWhitespace} chars and the no-break spaces (U+00A0, U+2007, U+202F): the ASCII ones
     * and the Unicode space and separator chars, listed rather than looked up in the runtime's tables.
     */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
        }
        return c >= '\u00A0' && (c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000');
    }
}
