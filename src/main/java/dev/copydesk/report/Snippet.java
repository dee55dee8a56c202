package dev.copydesk.report;

/**
 * The source line a finding starts on, clipped to a window around the finding on very long lines: {@code text}
 * begins at column {@code firstColumn} of line {@code line}; the finding covers columns {@code [markStart, markEnd)}
 * of {@code text} (1-based, in code points).
 */
public record Snippet(int line, int firstColumn, String text, int markStart, int markEnd) {
}
