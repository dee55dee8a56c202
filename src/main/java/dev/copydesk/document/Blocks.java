package dev.copydesk.document;

import java.util.ArrayList;
import java.util.List;

/** Traversals of the block tree. */
public final class Blocks {

    private Blocks() {
    }

    /** All blocks depth-first in source order: each container before the blocks nested in it. */
    public static List<Block> flatten(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        addAll(blocks, out);
        return out;
    }

    private static void addAll(List<Block> blocks, List<Block> out) {
        for (Block b : blocks) {
            out.add(b);
            if (b instanceof Quote q) {
                addAll(q.children(), out);
            } else if (b instanceof ListBlock l) {
                l.items().forEach(item -> addAll(item.children(), out));
            }
        }
    }

    /**
     * Every piece of body prose, in source order: paragraphs, list item texts, quotes' paragraphs and list items.
     * Headings, tables, captions and related links are not body prose.
     */
    public static List<Prose> bodyProse(List<Block> blocks) {
        List<Prose> out = new ArrayList<>();
        addBody(blocks, out);
        return out;
    }

    private static void addBody(List<Block> blocks, List<Prose> out) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(p.text());
            } else if (b instanceof Quote q) {
                addBody(q.children(), out);
            } else if (b instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    out.add(item.text());
                    addBody(item.children(), out);
                }
            }
        }
    }
}
