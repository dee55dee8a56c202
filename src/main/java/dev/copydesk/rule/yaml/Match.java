package dev.copydesk.rule.yaml;

/** A match of a pattern in a text: the range {@code [start, end)} and which term or pattern matched. */
record Match(int start, int end, int key) {

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
