package dev.copydesk.source;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into a {@link SourceFile}'s text.
 *
 * <p>Spans are what the model stores; line and column are derived from them through the file's {@link LineMap}.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** A zero-width span at {@code offset}. */
    public static Span at(int offset) {
        return new Span(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** True if {@code offset} lies inside this span (start inclusive, end exclusive). */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** True if {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** The smallest span covering both spans. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
