package dev.copydesk.document;

import dev.copydesk.source.Span;

/** A paragraph of body prose. */
public record Paragraph(Span span, Prose text) implements Block {
}
