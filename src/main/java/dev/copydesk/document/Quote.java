package dev.copydesk.document;

import dev.copydesk.source.Span;
import java.util.List;

/** A block quotation and the blocks inside it. */
public record Quote(Span span, List<Block> children) implements Block {

    public Quote {
        children = List.copyOf(children);
    }
}
