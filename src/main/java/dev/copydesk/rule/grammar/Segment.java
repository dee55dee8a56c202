package dev.copydesk.rule.grammar;

import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Table;
import dev.copydesk.document.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One piece of prose to proofread, cut into text and markup: inline code and URLs are markup, so LanguageTool sees
 * a placeholder word in their place and never checks them, while every offset it reports still counts the original
 * characters. The pieces cover the prose text exactly, in order.
 *
 * @param kind   what the prose is (a heading or a list item is a fragment, not a sentence)
 * @param prose  the prose, with its map back to the source
 * @param pieces text and markup ranges covering the prose text
 */
public record Segment(Kind kind, Prose prose, List<Piece> pieces) {

    /** Where prose comes from; only paragraphs are expected to be whole sentences. */
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, TABLE_CELL }

    /** A range of the prose text; markup is sent to LanguageTool as markup, interpreted as a placeholder. */
    public record Piece(int start, int end, boolean markup) {
    }

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"“”]+|\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b");

    public Segment {
        pieces = List.copyOf(pieces);
    }

    /**
     * The segments of a document: the prose of paragraphs, headings, list items and table cells, in source order.
     * Code blocks, markup, figures and their captions, related-links regions and front matter are not prose to
     * proofread. Segments without a letter outside markup are left out.
     */
    public static List<Segment> of(List<Block> blocks) {
        List<Segment> out = new ArrayList<>();
        for (Block b : Blocks.flatten(blocks)) {
            if (b instanceof Paragraph p) {
                add(out, Kind.PARAGRAPH, p.text());
            } else if (b instanceof Heading h) {
                add(out, Kind.HEADING, h.text());
            } else if (b instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    add(out, Kind.LIST_ITEM, item.text());
                }
            } else if (b instanceof Table t) {
                for (Prose cell : t.cells()) {
                    add(out, Kind.TABLE_CELL, cell);
                }
            }
        }
        return out;
    }

    private static void add(List<Segment> out, Kind kind, Prose prose) {
        Segment s = of(kind, prose);
        if (s.hasText()) {
            out.add(s);
        }
    }

    /** The segment of one prose: its inline code ranges and the URLs and e-mail addresses in it are markup. */
    public static Segment of(Kind kind, Prose prose) {
        String text = prose.text();
        List<TextRange> markup = new ArrayList<>(prose.code());
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?)]}'’".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            markup.add(new TextRange(m.start(), end));
        }
        markup.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (TextRange r : markup) {
            if (r.end() <= at || r.length() == 0) {
                continue;
            }
            int start = Math.max(at, r.start());
            if (start > at) {
                pieces.add(new Piece(at, start, false));
            }
            pieces.add(new Piece(start, r.end(), true));
            at = r.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(at, text.length(), false));
        }
        return new Segment(kind, prose, pieces);
    }

    /** The prose text. */
    public String text() {
        return prose.text();
    }

    /** True if some text piece holds a letter. */
    public boolean hasText() {
        String text = prose.text();
        for (Piece p : pieces) {
            if (!p.markup()) {
                for (int i = p.start(); i < p.end(); i++) {
                    if (Character.isLetter(text.charAt(i))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True if {@code [from, to)} overlaps a markup piece. */
    public boolean touchesMarkup(int from, int to) {
        for (Piece p : pieces) {
            if (p.markup() && p.start() < Math.max(to, from + 1) && from < p.end()) {
                return true;
            }
        }
        return false;
    }

    /** What identifies the segment's content for the cache: every piece, its kind and its text. */
    public String contentKey() {
        StringBuilder b = new StringBuilder(prose.length() + pieces.size() * 8);
        String text = prose.text();
        for (Piece p : pieces) {
            b.append(p.markup() ? 'M' : 'T').append(p.end() - p.start()).append(':')
                    .append(text, p.start(), p.end());
        }
        return b.toString();
    }
}
