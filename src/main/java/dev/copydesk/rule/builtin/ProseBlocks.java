package dev.copydesk.rule.builtin;

import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Figure;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Table;
import java.util.ArrayList;
import java.util.List;

/** The article's prose outside related-links regions: headings, paragraphs, list items, table cells, captions. */
final class ProseBlocks {

    private ProseBlocks() {
    }

    static List<Prose> all(List<Block> blocks) {
        List<Prose> out = new ArrayList<>();
        for (Block b : Blocks.flatten(blocks)) {
            if (b instanceof Heading h) {
                out.add(h.text());
            } else if (b instanceof Paragraph p) {
                out.add(p.text());
            } else if (b instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    out.add(item.text());
                }
            } else if (b instanceof Table t) {
                out.addAll(t.cells());
            } else if (b instanceof Figure f) {
                out.add(f.caption());
            }
        }
        return out;
    }
}
