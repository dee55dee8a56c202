package dev.copydesk.document;

import dev.copydesk.source.Span;

/**
 * An inline link: the range of its visible text in the prose, its target ({@code ""} when it has none) and the
 * source span of the whole link markup.
 */
public record Link(TextRange text, String target, Span source) {
}
