package dev.copydesk.document;

import dev.copydesk.source.Span;

/** An image, video, audio, iframe or other embed, with its caption (possibly empty). */
public record Figure(Span span, Prose caption) implements Block {
}
