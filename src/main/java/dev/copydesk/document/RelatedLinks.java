package dev.copydesk.document;

import dev.copydesk.source.Span;
import java.util.List;

/**
 * A related-links region ("Related articles", "You may also like", a trailing run of teasers): links to other
 * pages, not article prose. {@code heading} is empty when the region has none.
 */
public record RelatedLinks(Span span, Prose heading, List<RelatedItem> items) implements Block {

    public RelatedLinks {
        items = List.copyOf(items);
    }
}
