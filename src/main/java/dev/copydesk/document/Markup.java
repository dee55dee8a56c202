package dev.copydesk.document;

import dev.copydesk.source.Span;

/** Raw markup that is not prose and not one of the other kinds (an HTML block inside Markdown, say). */
public record Markup(Span span) implements Block {
}
