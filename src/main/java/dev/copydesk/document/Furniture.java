package dev.copydesk.document;

import dev.copydesk.source.Span;
import java.util.Objects;

/**
 * Page furniture set aside while reading a page: a part inside or beside the article that a reader sees but that is
 * not the article's prose (a byline, a table of contents, a share bar, a hidden copy of a block). No rule reads it;
 * it is kept so a user can see what was left out and why.
 *
 * @param span   the source span of the part, markup included
 * @param reason why it was set aside, in a few words ("byline", "table of contents")
 * @param text   its visible text, whitespace collapsed; may be empty (an image-only share bar)
 */
public record Furniture(Span span, String reason, String text) {

    public Furniture {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
    }
}
