package dev.copydesk.extract;

import dev.copydesk.document.Block;
import dev.copydesk.document.Document;
import dev.copydesk.document.Figure;
import dev.copydesk.document.Furniture;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Quote;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.document.Table;
import dev.copydesk.source.LineMap;
import dev.copydesk.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Copydesk reads in one document, laid out for a person or a script: the title, the article's text blocks in
 * source order, every related-links region with its items, and the furniture set aside. Positions are 1-based line
 * and column in the source, as in every report.
 *
 * @param path        the document's path as the user named it
 * @param format      the format it was read as ({@code markdown}, {@code html}, {@code text})
 * @param title       the document's title, if it has one
 * @param blocks      the article's text blocks in source order: headings, paragraphs, list items, table cells,
 *                    captions; never code, related links or furniture
 * @param related     the related-links regions in source order
 * @param furniture   the furniture set aside, in source order
 */
public record Extraction(String path, String format, Optional<String> title, List<TextBlock> blocks,
        List<Region> related, List<Aside> furniture) {

    public Extraction {
        blocks = List.copyOf(blocks);
        related = List.copyOf(related);
        furniture = List.copyOf(furniture);
    }

    /** One text block of the article. {@code kind} is {@code heading}, {@code paragraph}, {@code list-item},
     * {@code table-cell}, {@code caption} or {@code quote} (a paragraph in a quote). */
    public record TextBlock(String kind, Position position, String text) {
    }

    /** A related-links region: its heading (may be empty), where it starts, and its items. */
    public record Region(String heading, Position position, List<Item> items) {
        public Region {
            items = List.copyOf(items);
        }
    }

    /** One related item: its link text, target ({@code ""} when it has no link) and teaser. */
    public record Item(String text, String target, String teaser, Position position) {
    }

    /** A part set aside as furniture, with the reason. */
    public record Aside(String reason, Position position, String text) {
    }

    /** The extraction of a parsed document. */
    public static Extraction of(Document document) {
        LineMap lines = document.source().lines();
        List<TextBlock> blocks = new ArrayList<>();
        addBlocks(document.blocks(), false, lines, blocks);
        List<Region> related = new ArrayList<>();
        for (RelatedLinks r : document.relatedLinks()) {
            List<Item> items = new ArrayList<>(r.items().size());
            for (RelatedItem i : r.items()) {
                items.add(new Item(i.title().text(), i.target(), i.teaser().text(), lines.position(i.span().start())));
            }
            related.add(new Region(r.heading().text(), lines.position(r.span().start()), items));
        }
        List<Aside> furniture = new ArrayList<>(document.furniture().size());
        for (Furniture f : document.furniture()) {
            furniture.add(new Aside(f.reason(), lines.position(f.span().start()), f.text()));
        }
        return new Extraction(document.source().path(), document.format().id(),
                document.title().map(t -> t.text().text()).filter(t -> !t.isEmpty()), blocks, related, furniture);
    }

    /**
     * The article's prose as plain text, one block a line: headings, paragraphs, list items, table cells, quotes
     * and captions; not code, related links or furniture.
     */
    public String articleText() {
        StringBuilder out = new StringBuilder();
        for (TextBlock b : blocks) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(b.text());
        }
        return out.toString();
    }

    private static void addBlocks(List<Block> blocks, boolean inQuote, LineMap lines, List<TextBlock> out) {
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                add("heading", h.text(), lines, out);
            } else if (b instanceof Paragraph p) {
                add(inQuote ? "quote" : "paragraph", p.text(), lines, out);
            } else if (b instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    add("list-item", item.text(), lines, out);
                    addBlocks(item.children(), inQuote, lines, out);
                }
            } else if (b instanceof Table t) {
                t.cells().forEach(c -> add("table-cell", c, lines, out));
            } else if (b instanceof Quote q) {
                addBlocks(q.children(), true, lines, out);
            } else if (b instanceof Figure f) {
                add("caption", f.caption(), lines, out);
            }
            // Code and markup are not prose; related links are listed as regions.
        }
    }

    private static void add(String kind, Prose text, LineMap lines, List<TextBlock> out) {
        if (!text.isEmpty()) {
            out.add(new TextBlock(kind, lines.position(text.sourceStart(0)), text.text()));
        }
    }
}
