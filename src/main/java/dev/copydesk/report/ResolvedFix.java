package dev.copydesk.report;

import dev.copydesk.source.Position;

/** A suggested edit with its positions resolved: replace {@code [start, end)} with {@code replacement}. */
public record ResolvedFix(Position start, Position end, String replacement) {
}
