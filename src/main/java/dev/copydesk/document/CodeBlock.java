package dev.copydesk.document;

import dev.copydesk.source.Span;

/** A code block (fenced, indented or {@code <pre>}); {@code language} is {@code ""} when not given. */
public record CodeBlock(Span span, String language) implements Block {
}
