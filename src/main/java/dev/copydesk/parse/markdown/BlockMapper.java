package dev.copydesk.parse.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.copydesk.document.Block;
import dev.copydesk.document.CodeBlock;
import dev.copydesk.document.Directive;
import dev.copydesk.document.Figure;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Markup;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Quote;
import dev.copydesk.document.Table;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a flexmark document to Copydesk blocks, collecting directives on the way.
 *
 * <p>Quotes and lists nest by recursion up to {@link #MAX_DEPTH} levels; below that, their content is flattened
 * into plain blocks by a loop, so no input can overflow the stack. One instance maps one document.
 */
public final class BlockMapper {

    /** Nesting depth beyond which quotes and lists are flattened. */
    static final int MAX_DEPTH = 200;

    private final String text;
    private final List<Directive> directives;
    private final InlineMapper inlines;

    private BlockMapper(String text, Document document, List<Directive> directives) {
        this.text = text;
        this.directives = directives;
        this.inlines = new InlineMapper(text, document, directives);
    }

    /**
     * The blocks of {@code document}, parsed from {@code text}, in source order; directives found in HTML comments
     * are added to {@code directives}, in source order too.
     */
    public static List<Block> map(String text, Document document, List<Directive> directives) {
        return new BlockMapper(text, document, directives).children(document, 0);
    }

    private List<Block> children(Node parent, int depth) {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, depth, out);
        }
        return out;
    }

    private void block(Node n, int depth, List<Block> out) {
        boolean container = n instanceof BlockQuote || n instanceof com.vladsch.flexmark.ast.ListBlock;
        if (container && depth >= MAX_DEPTH) {
            flatten(n, out);
        } else if (n instanceof BlockQuote) {
            out.add(new Quote(span(n), children(n, depth + 1)));
        } else if (n instanceof com.vladsch.flexmark.ast.ListBlock) {
            List<ListItem> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                items.add(item(item, depth + 1));
            }
            out.add(new ListBlock(span(n), n instanceof OrderedList, items));
        } else {
            leaf(n, out);
        }
    }

    /** A list item: its first paragraph is its text, the rest its children. */
    private ListItem item(Node item, int depth) {
        Node first = item.getFirstChild();
        Prose textProse;
        List<Block> rest = new ArrayList<>();
        Node restStart = first;
        if (first instanceof com.vladsch.flexmark.ast.Paragraph && !isFigure(first)) {
            textProse = inlines.prose(first, first.getStartOffset(), false);
            restStart = first.getNext();
        } else {
            textProse = Prose.empty(first == null ? span(item).end() : first.getStartOffset());
        }
        for (Node n = restStart; n != null; n = n.getNext()) {
            block(n, depth, rest);
        }
        return new ListItem(span(item), textProse, rest);
    }

    /** Adds the blocks of a too deeply nested container, in source order, without quotes and lists. */
    private void flatten(Node container, List<Block> out) {
        Node n = container.getFirstChild();
        while (n != null) {
            boolean descend = n instanceof BlockQuote || n instanceof com.vladsch.flexmark.ast.ListBlock
                    || n instanceof com.vladsch.flexmark.ast.ListItem;
            if (descend && n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            if (!descend) {
                leaf(n, out);
            }
            while (n != container && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == container ? null : n.getNext();
        }
    }

    /** Maps a block that holds no other blocks; link definitions, breaks and comments make none. */
    private void leaf(Node n, List<Block> out) {
        if (n instanceof com.vladsch.flexmark.ast.Paragraph) {
            paragraph(n, out);
        } else if (n instanceof com.vladsch.flexmark.ast.Heading h) {
            out.add(new Heading(span(n), h.getLevel(), inlines.prose(n, n.getStartOffset(), false)));
        } else if (n instanceof FencedCodeBlock f) {
            out.add(new CodeBlock(span(n), firstWord(f.getInfo())));
        } else if (n instanceof IndentedCodeBlock) {
            out.add(new CodeBlock(span(n), ""));
        } else if (n instanceof TableBlock) {
            out.add(new Table(span(n), cells(n)));
        } else if (n instanceof HtmlBlockBase) {
            switch (Html.scanBlock(text, n.getStartOffset(), n.getEndOffset(), directives)) {
                case MEDIA -> out.add(new Figure(span(n), Prose.empty(n.getStartOffset())));
                case MARKUP -> out.add(new Markup(span(n)));
                default -> { }
            }
        } else if (!(n instanceof Reference || n instanceof ThematicBreak) && span(n).length() > 0) {
            // Anything flexmark adds that Copydesk does not know is kept as markup, so its span is not lost.
            out.add(new Markup(span(n)));
        }
    }

    /** A paragraph of text, a figure if it shows only images, markup if it has no text (only tags, say). */
    private void paragraph(Node n, List<Block> out) {
        if (isFigure(n)) {
            out.add(new Figure(span(n), inlines.prose(n, n.getStartOffset(), true)));
            return;
        }
        Prose prose = inlines.prose(n, n.getStartOffset(), false);
        out.add(prose.isEmpty() ? new Markup(span(n)) : new Paragraph(span(n), prose));
    }

    /** Every cell's prose, row by row, header included; the delimiter row is not a row. */
    private List<Prose> cells(Node table) {
        List<Prose> cells = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableSeparator) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(inlines.prose(cell, cell.getStartOffset(), false));
                        }
                    }
                }
            }
        }
        return cells;
    }

    /**
     * True if a paragraph shows only images: Markdown images or HTML media tags, with nothing else but links
     * wrapping images, other tags, whitespace, line breaks and comments.
     */
    private boolean isFigure(Node paragraph) {
        boolean image = false;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link || n instanceof LinkRef) {
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    if (isImage(c)) {
                        image = true;
                    } else if (!isBlank(c)) {
                        return false;
                    }
                }
            } else if (isImage(n)) {
                image = true;
            } else if (!isBlank(n)) {
                return false;
            }
        }
        return image;
    }

    private boolean isImage(Node n) {
        return n instanceof Image || n instanceof ImageRef
                || (n instanceof HtmlInline && Html.isMediaTag(text, n.getStartOffset(), n.getEndOffset()));
    }

    private static boolean isBlank(Node n) {
        return n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof HtmlInlineBase
                || (n instanceof Text && n.getChars().isBlank());
    }

    private static String firstWord(BasedSequence info) {
        String s = info.toString().strip();
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /** The node's source span without the trailing whitespace and line breaks flexmark includes. */
    private Span span(Node n) {
        int start = n.getStartOffset();
        int end = n.getEndOffset();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
