package dev.copydesk.document;

import dev.copydesk.source.Span;
import java.util.List;
import java.util.Objects;

/**
 * A related-links region ("Related articles", "You may also like", a trailing run of teasers): links to other
 * pages, not article prose. {@code heading} is empty when the region has none. {@code basis} says how it was
 * recognised.
 */
public record RelatedLinks(Span span, Prose heading, List<RelatedItem> items, Basis basis) implements Block {

    /** How a region was recognised. */
    public enum Basis {
        /** By what names it (its heading, label or class) or where it stands (after the article's end). */
        NAMED,
        /**
         * By its shape alone: a box of links titled like articles under a section name, outside the article. It
         * makes no claim to be about the article (a "World" stack of a news site's stories).
         */
        SHAPE
    }

    public RelatedLinks {
        items = List.copyOf(items);
        Objects.requireNonNull(basis, "basis");
    }

    /** A region recognised by what names it or where it stands. */
    public RelatedLinks(Span span, Prose heading, List<RelatedItem> items) {
        this(span, heading, items, Basis.NAMED);
    }
}
