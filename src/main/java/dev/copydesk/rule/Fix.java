package dev.copydesk.rule;

import dev.copydesk.source.Span;

/** A suggested edit: replace the source text of {@code span} with {@code replacement}. */
public record Fix(Span span, String replacement) {
}
