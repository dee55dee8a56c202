package dev.copydesk.document;

import dev.copydesk.source.Span;

/**
 * One item of a {@link RelatedLinks} region: the link's text ({@code title}), its {@code target} ({@code ""} when
 * the item has no link, as in plain text) and the teaser text around it. Either text may be empty, not both.
 */
public record RelatedItem(Span span, Prose title, String target, Prose teaser) {

    /** Title and teaser joined by a space: the item's whole readable text. */
    public String text() {
        if (title.isEmpty()) {
            return teaser.text();
        }
        return teaser.isEmpty() ? title.text() : title.text() + " " + teaser.text();
    }
}
