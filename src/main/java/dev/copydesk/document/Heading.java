package dev.copydesk.document;

import dev.copydesk.source.Span;

/** A heading of level 1 (the article's top heading) to 6. */
public record Heading(Span span, int level, Prose text) implements Block {
}
