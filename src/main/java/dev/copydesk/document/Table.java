package dev.copydesk.document;

import dev.copydesk.source.Span;
import java.util.List;

/** A table; its cells, row by row, as prose. */
public record Table(Span span, List<Prose> cells) implements Block {

    public Table {
        cells = List.copyOf(cells);
    }
}
