package dev.copydesk.document;

import dev.copydesk.source.Span;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The readable text of a block with markup removed, and a map from every one of its characters back to the source.
 *
 * <p>Whitespace is collapsed to single spaces and trimmed. Character {@code i} of {@link #text()} came from the
 * source range {@code [sourceStart(i), sourceEnd(i))}: one source char for plain text, the whole entity for
 * {@code &amp;}, the line break for a soft break. Rules work on the text and report through
 * {@link #sourceSpan(int, int)}, so findings point at the original file whatever the format.
 *
 * <p>Instances are immutable; build them with {@link ProseBuilder}.
 */
public final class Prose {

    private static final Prose EMPTY_AT_ZERO = new Prose("", new int[0], new int[0], 0, List.of(), List.of(), List.of());

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int anchor;
    private final List<Link> links;
    /** True if the links' texts are in text order without overlapping, as the builder makes them. */
    private final boolean linksInOrder;
    private final List<TextRange> code;
    private final List<Sentence> sentences;
    /** Analyses of the text computed on first use and shared by every rule (see {@link #derived}). */
    private volatile Object[] derived = NONE;

    private static final Object[] NONE = new Object[0];

    Prose(String text, int[] starts, int[] ends, int anchor, List<Link> links, List<TextRange> code,
            List<Sentence> sentences) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.anchor = anchor;
        this.links = links;
        this.linksInOrder = inOrder(links);
        this.code = code;
        this.sentences = sentences;
    }

    /** An empty prose anchored at source offset {@code offset}. */
    public static Prose empty(int offset) {
        return offset == 0 ? EMPTY_AT_ZERO : new Prose("", new int[0], new int[0], offset, List.of(), List.of(),
                List.of());
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Inline links, in text order. */
    public List<Link> links() {
        return links;
    }

    /** Ranges of inline code (not prose to be proofread, but part of the sentence). */
    public List<TextRange> code() {
        return code;
    }

    /** Sentences, in order, covering the text. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /**
     * The prose of {@code text[0, end)}, with the same map to the source; links, code and sentences that run past
     * {@code end} are cut there.
     */
    public Prose prefix(int end) {
        if (end < 0 || end > text.length()) {
            throw new IndexOutOfBoundsException("prefix " + end + " of a text of " + text.length());
        }
        List<Link> ls = links.stream().filter(l -> l.text().start() < end || l.text().length() == 0
                && l.text().start() == end).map(l -> new Link(clip(l.text(), end), l.target(), l.source())).toList();
        List<TextRange> cs = code.stream().filter(c -> c.start() < end).map(c -> clip(c, end)).toList();
        List<Sentence> ss = sentences.stream().filter(s -> s.start() < end)
                .map(s -> s.end() <= end ? s : new Sentence(clip(s.range(), end), text.substring(s.start(), end)))
                .toList();
        return new Prose(text.substring(0, end), Arrays.copyOf(starts, end), Arrays.copyOf(ends, end),
                anchor, ls, cs, ss);
    }

    private static TextRange clip(TextRange r, int end) {
        return new TextRange(r.start(), Math.min(r.end(), end));
    }

    /** Source offset of the first source char behind text char {@code index}. */
    public int sourceStart(int index) {
        return starts[index];
    }

    /** Source offset just past the source chars behind text char {@code index}. */
    public int sourceEnd(int index) {
        return ends[index];
    }

    /** The source span behind text range {@code [from, to)}; an empty range maps to a zero-width span. */
    public Span sourceSpan(int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ") outside prose of length " + text.length());
        }
        if (text.isEmpty()) {
            return Span.at(anchor);
        }
        if (from == to) {
            return Span.at(from < text.length() ? starts[from] : ends[text.length() - 1]);
        }
        int start = starts[from];
        return new Span(start, Math.max(start, ends[to - 1]));
    }

    /** The source span behind a text range. */
    public Span sourceSpan(TextRange range) {
        return sourceSpan(range.start(), range.end());
    }

    /** The source span behind the whole text. */
    public Span sourceSpan() {
        return sourceSpan(0, text.length());
    }

    /**
     * True if some link's text overlaps {@code [from, to)}, or is empty and lies within it. Links in text order (as
     * the builder makes them) are found by a binary search, so asking for every sentence of a paragraph of many links
     * stays linear.
     */
    public boolean hasLinkIn(int from, int to) {
        int first = 0;
        if (linksInOrder) {
            // The first link ending at or after from: those before end before it and cannot qualify.
            int hi = links.size();
            while (first < hi) {
                int mid = (first + hi) >>> 1;
                if (links.get(mid).text().end() < from) {
                    first = mid + 1;
                } else {
                    hi = mid;
                }
            }
        }
        for (int i = first; i < links.size(); i++) {
            TextRange t = links.get(i).text();
            if (linksInOrder && t.start() > to) {
                return false;
            }
            if (t.overlaps(from, to) || (t.length() == 0 && t.start() >= from && t.start() <= to)) {
                return true;
            }
        }
        return false;
    }

    /** True if each link's text starts where the previous one's ends or later: then their ends are in order too. */
    private static boolean inOrder(List<Link> links) {
        for (int i = 1; i < links.size(); i++) {
            if (links.get(i).text().start() < links.get(i - 1).text().end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text's chars, copied once and shared, for loops that read every char: reading an array is much cheaper
     * than reading a string one call at a time. Callers must not change the array.
     */
    public char[] chars() {
        return derived(char[].class, String::toCharArray);
    }

    /**
     * A value computed from this prose's text once and then shared, such as its word tokens, which a dozen rules
     * would otherwise compute each; one value per type. Thread-safe: a race at worst computes a value twice.
     */
    public <T> T derived(Class<T> type, Function<String, T> compute) {
        Object[] d = derived;
        for (Object o : d) {
            if (type.isInstance(o)) {
                return type.cast(o);
            }
        }
        T value = compute.apply(text);
        d = derived; // computing may itself have added a value
        Object[] more = Arrays.copyOf(d, d.length + 1);
        more[d.length] = value;
        derived = more;
        return value;
    }

    @Override
    public String toString() {
        return text;
    }
}
