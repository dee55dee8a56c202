package dev.copydesk.document;

/** A half-open range {@code [start, end)} of char indexes into a {@link Prose} text (not into the source). */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
