package dev.copydesk.document;

import dev.copydesk.source.Span;
import java.util.List;

/**
 * One list item: its own text (the item's first paragraph, without the bullet) and any further blocks nested in
 * it (sub-lists, code, more paragraphs).
 */
public record ListItem(Span span, Prose text, List<Block> children) {

    public ListItem {
        children = List.copyOf(children);
    }
}
