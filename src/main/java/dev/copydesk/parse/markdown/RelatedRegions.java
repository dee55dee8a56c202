package dev.copydesk.parse.markdown;

import dev.copydesk.document.Block;
import dev.copydesk.document.Heading;
import dev.copydesk.document.Link;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.ProseBuilder;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.document.TextRange;
import dev.copydesk.parse.RelatedCues;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds related-links regions among an article's top-level blocks and puts one {@link RelatedLinks} block in place
 * of the blocks each covers.
 *
 * <p>A region is either a section whose heading {@link RelatedCues} recognises (the heading and every block up to
 * the next heading of the same or a higher level), or the article's final run of lists when every item is a link,
 * optionally with a short teaser, and there are at least two items (with the section heading just before them,
 * if any). The second kind is judged conservatively: a list of sentences, or of sentences that happen to hold a
 * link, stays article prose.
 */
public final class RelatedRegions {

    /** Words an item of a trailing link list may hold besides its link text. */
    static final int MAX_TEASER_WORDS = 30;

    private static final int MIN_TRAILING_ITEMS = 2;

    private RelatedRegions() {
    }

    /** The blocks with related-links regions in place of the blocks they cover. */
    public static List<Block> apply(List<Block> blocks) {
        List<Block> out = headedSections(blocks);
        replaceTrailingLinkLists(out);
        return out;
    }

    private static List<Block> headedSections(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int n = blocks.size();
        int i = 0;
        while (i < n) {
            Block b = blocks.get(i);
            if (!(b instanceof Heading h) || !RelatedCues.isRelatedHeading(h.text().text())) {
                out.add(b);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && !(blocks.get(j) instanceof Heading next && next.level() <= h.level())) {
                j++;
            }
            List<RelatedItem> items = new ArrayList<>();
            for (Block covered : blocks.subList(i + 1, j)) {
                addItems(covered, items);
            }
            out.add(new RelatedLinks(h.span().union(blocks.get(j - 1).span()), h.text(), items));
            i = j;
        }
        return out;
    }

    /** Paragraphs and list items (nested ones included) are items; other blocks in the section are not. */
    private static void addItems(Block block, List<RelatedItem> items) {
        if (block instanceof Paragraph p) {
            addItem(p.span(), p.text(), items);
        } else if (block instanceof ListBlock list) {
            for (ListItem item : list.items()) {
                addItem(item.span(), item.text(), items);
                for (Block child : item.children()) {
                    if (child instanceof ListBlock) {
                        addItems(child, items);
                    }
                }
            }
        }
    }

    private static void replaceTrailingLinkLists(List<Block> blocks) {
        int end = blocks.size();
        int start = end;
        while (start > 0 && blocks.get(start - 1) instanceof ListBlock) {
            start--;
        }
        List<RelatedItem> items = new ArrayList<>();
        for (Block b : blocks.subList(start, end)) {
            for (ListItem item : ((ListBlock) b).items()) {
                if (!isLinkItem(item)) {
                    return;
                }
                addItem(item.span(), item.text(), items);
            }
        }
        if (items.size() < MIN_TRAILING_ITEMS) {
            return;
        }
        Prose heading = null;
        if (start > 0 && blocks.get(start - 1) instanceof Heading h && h.level() >= 2) {
            heading = h.text();
            start--;
        }
        Span span = blocks.get(start).span().union(blocks.get(end - 1).span());
        blocks.subList(start, end).clear();
        blocks.add(new RelatedLinks(span, heading == null ? Prose.empty(span.start()) : heading, items));
    }

    /**
     * True if an item is a link: its text has a link, before which there is nothing or a label ending in a
     * separator ("Docs: [page](…)"), and few other words; it holds no nested blocks.
     */
    private static boolean isLinkItem(ListItem item) {
        Link link = firstLink(item.text());
        if (link == null || !item.children().isEmpty()) {
            return false;
        }
        String s = item.text().text();
        int before = link.text().start();
        while (before > 0 && s.charAt(before - 1) == ' ') {
            before--;
        }
        if (before > 0 && !isSeparator(s.charAt(before - 1))) {
            return false;
        }
        return words(s, 0, link.text().start()) + words(s, link.text().end(), s.length()) <= MAX_TEASER_WORDS;
    }

    /**
     * An item from a list item's or paragraph's text: the first link's text is the title, the rest the teaser,
     * with separators next to the link dropped. Items with no text at all are left out.
     */
    private static void addItem(Span span, Prose text, List<RelatedItem> items) {
        Link link = firstLink(text);
        if (link == null) {
            if (!text.isEmpty()) {
                items.add(new RelatedItem(span, Prose.empty(span.start()), "", text));
            }
            return;
        }
        String s = text.text();
        int titleStart = link.text().start();
        int titleEnd = link.text().end();
        ProseBuilder title = new ProseBuilder(span.start());
        copy(text, titleStart, titleEnd, title);
        ProseBuilder teaser = new ProseBuilder(link.source().end());
        int beforeEnd = trimEnd(s, 0, titleStart);
        int afterStart = trimStart(s, titleEnd, s.length());
        int afterEnd = trimEnd(s, afterStart, s.length());
        copy(text, trimStart(s, 0, beforeEnd), beforeEnd, teaser);
        teaser.appendSpace(link.source().start(), link.source().end());
        copy(text, afterStart, afterEnd, teaser);
        items.add(new RelatedItem(span, title.build(), link.target(), teaser.build()));
    }

    /** The first link with visible text, or null. */
    private static Link firstLink(Prose text) {
        for (Link link : text.links()) {
            if (link.text().length() > 0) {
                return link;
            }
        }
        return null;
    }

    /** Appends {@code [from, to)} of a prose with its source map, links and code runs. */
    private static void copy(Prose from, int start, int end, ProseBuilder to) {
        String s = from.text();
        for (int i = start; i < end; i++) {
            for (Link link : from.links()) {
                if (link.text().start() == i && link.text().end() <= end) {
                    to.startLink(link.target());
                }
            }
            for (TextRange code : from.code()) {
                if (code.start() == i && code.end() <= end) {
                    to.startCode();
                }
            }
            to.append(s.charAt(i), from.sourceStart(i), from.sourceEnd(i));
            for (TextRange code : from.code()) {
                if (code.end() == i + 1 && code.start() >= start) {
                    to.endCode();
                }
            }
            for (Link link : from.links()) {
                if (link.text().end() == i + 1 && link.text().start() >= start) {
                    to.endLink(link.source());
                }
            }
        }
    }

    private static int trimStart(String s, int from, int to) {
        while (from < to && isSeparator(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && isSeparator(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** Spaces and the marks that set a link apart from its label or teaser: "Title - teaser", "Label: Title". */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '–' || c == '—' || c == ':' || c == '|' || c == '·' || c == '•';
    }

    private static int words(String s, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter || (inWord && s.charAt(i) != ' ');
        }
        return count;
    }
}
