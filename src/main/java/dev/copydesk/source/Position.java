package dev.copydesk.source;

/** A 1-based line and column; columns count Unicode code points from the start of the line. */
public record Position(int line, int column) implements Comparable<Position> {

    @Override
    public int compareTo(Position o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
