package dev.copydesk.parse.html;

import dev.copydesk.document.Block;
import dev.copydesk.document.CodeBlock;
import dev.copydesk.document.Figure;
import dev.copydesk.document.Furniture;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Quote;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.document.Table;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the article's element into blocks, in source order, in one iterative walk.
 *
 * <p>Headings, paragraphs, tables, code and figures are leaves read whole. Lists, list items and quotes are frames
 * collecting the blocks inside them. Every other box ({@code div}, {@code section} …) is transparent: it only ends
 * the run of loose inline content before it and inside it, and each non-empty run becomes a paragraph (two
 * {@code <br>} in a row end one too). Runs with no text but an image or embed become figures. Like an empty
 * paragraph, a table or list without any text is no block. Beyond {@link #MAX_FRAMES} nested lists and quotes,
 * deeper ones are read as plain boxes, so the block tree stays shallow.
 */
final class BlockWalker implements NodeFilter {

    private static final int MAX_FRAMES = 200;
    /** Most chars of a piece of furniture's text kept to show the user. */
    private static final int FURNITURE_TEXT = 200;

    private final Element root;
    private final String source;
    private final RelatedRegions related;
    private final List<RelatedLinks> emitted = new ArrayList<>();
    private final List<Furniture> furniture;
    /** Elements under the root that are not part of the article, skipped with all they hold (related links too). */
    private final Set<Element> excluded;
    /** True when reading a full page, whose furniture is set aside; a fragment (a CMS body) is read as written. */
    private final boolean page;
    /** True when the walk is inside an article: its headers and footers are the article's, not the page's. */
    private final boolean local;
    /** True when the page is a discussion thread: its comment sections are its content. */
    private final boolean thread;
    private final List<Frame> frames = new ArrayList<>();
    private int sections;

    private BlockWalker(ArticleLocator.Located located, boolean page, boolean local, RelatedRegions related,
            String source, List<Furniture> furniture) {
        this.root = located.root();
        this.page = page;
        this.excluded = located.excluded();
        this.thread = located.thread();
        this.furniture = furniture;
        this.local = local;
        this.related = related;
        this.source = source;
        frames.add(new BoxFrame(root, source));
    }

    /**
     * The blocks of the located article, the related regions met inside it (added to {@code emitted}) and the furniture set
     * aside in it (added to {@code furniture}, in source order). {@code page} is true for a full page, false for a
     * fragment, where only chrome and hidden parts are set aside.
     */
    static List<Block> walk(ArticleLocator.Located located, boolean page, boolean local,
            RelatedRegions related, String source, List<RelatedLinks> emitted, List<Furniture> furniture) {
        BlockWalker walker = new BlockWalker(located, page, local, related, source, furniture);
        NodeTraversor.filter(walker, walker.root);
        Frame top = walker.frames.get(0);
        walker.flush(top);
        emitted.addAll(walker.emitted);
        return ((BoxFrame) top).blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        Frame top = top();
        if (node instanceof TextNode t) {
            if (!(top instanceof ListFrame)) {
                top.run.text(t);
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e) || e == root) {
            return FilterResult.CONTINUE;
        }
        Tag tag = Tag.of(e);
        if (tag == Tag.SKIP || Chrome.isHidden(e) || related.isConsumed(e)
                || (!excluded.isEmpty() && excluded.contains(e))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        RelatedLinks region = top instanceof ListFrame ? null : related.startingAt(e);
        if (region != null) {
            flush(top);
            top.add(region);
            emitted.add(region);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (Chrome.of(e, !local && sections == 0, thread) != Chrome.Kind.NONE) {
            flush(top);
            setAside(e, Chrome.reason(e));
            return FilterResult.SKIP_ENTIRELY;
        }
        String reason = !page || top instanceof ListFrame ? null : PageFurniture.reason(e, tag);
        if (reason != null) {
            if (tag != Tag.INLINE) {
                flush(top);
            }
            setAside(e, reason);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (top instanceof ListFrame) {
            if (tag == Tag.BREAK || tag == Tag.RULE) {
                return FilterResult.SKIP_ENTIRELY;
            }
            enter(e);
            frames.add(new ItemFrame(e, source));
            return FilterResult.CONTINUE;
        }
        switch (tag) {
            case INLINE:
                top.run.openInline(e);
                enter(e);
                return FilterResult.CONTINUE;
            case BREAK:
                if (top.run.lineBreak(e)) {
                    flush(top);
                }
                return FilterResult.SKIP_ENTIRELY;
            case MEDIA:
                top.run.media(e);
                return FilterResult.SKIP_ENTIRELY;
            case RULE:
                flush(top);
                return FilterResult.SKIP_ENTIRELY;
            case HEADING:
                flush(top);
                top.add(new Heading(span(e), Tag.headingLevel(e), InlineText.of(e, source)));
                return FilterResult.SKIP_ENTIRELY;
            case PARAGRAPH:
                flush(top);
                paragraph(top, e);
                return FilterResult.SKIP_ENTIRELY;
            case CODE:
                flush(top);
                top.add(new CodeBlock(span(e), Leaves.language(e)));
                return FilterResult.SKIP_ENTIRELY;
            case FIGURE:
                flush(top);
                top.add(new Figure(span(e), Leaves.caption(e, source)));
                return FilterResult.SKIP_ENTIRELY;
            case TABLE:
                flush(top);
                if (!Leaves.isLayoutTable(e)) {
                    List<Prose> cells = Leaves.cells(e, source);
                    if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                        top.add(new Table(span(e), cells));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                break;
            case LIST:
                flush(top);
                if (frames.size() < MAX_FRAMES) {
                    frames.add(new ListFrame(e, source));
                }
                break;
            case QUOTE:
                flush(top);
                if (frames.size() < MAX_FRAMES) {
                    frames.add(new BoxFrame(e, source));
                }
                break;
            default:
                flush(top);
                break;
        }
        enter(e);
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e) || e == root) {
            return FilterResult.CONTINUE;
        }
        Frame top = top();
        if (top.element == e) {
            frames.remove(frames.size() - 1);
            flush(top);
            top.finish(top(), this);
        } else if (Tag.of(e) == Tag.INLINE) {
            top.run.closeInline(e);
        } else {
            flush(top);
        }
        if (Sections.isSectioning(e)) {
            sections--;
        }
        return FilterResult.CONTINUE;
    }

    /** Records {@code e} as furniture set aside for {@code reason}, unless it shows no text. */
    private void setAside(Element e, String reason) {
        String text = PageFurniture.shownText(e, FURNITURE_TEXT);
        if (!text.isEmpty()) {
            if (text.length() > FURNITURE_TEXT) {
                text = text.substring(0, FURNITURE_TEXT).stripTrailing() + "…";
            }
            furniture.add(new Furniture(span(e), reason, text));
        }
    }

    private void enter(Element e) {
        if (Sections.isSectioning(e)) {
            sections++;
        }
    }

    private Frame top() {
        return frames.get(frames.size() - 1);
    }

    private Span span(Node n) {
        return Spans.of(n, source.length());
    }

    /** A paragraph element: its prose, or when it has none, the images in it as figures. */
    private void paragraph(Frame top, Element p) {
        Prose prose = InlineText.of(p, source);
        if (!prose.isEmpty()) {
            top.add(new Paragraph(span(p), prose));
            return;
        }
        for (Element media : Leaves.media(p)) {
            top.add(new Figure(span(media), Prose.empty(Spans.start(media))));
        }
    }

    /** Ends the frame's current run: a paragraph if it has text, else figures for the media in it. */
    private void flush(Frame frame) {
        ProseRun run = frame.run;
        if (!run.isBlank()) {
            frame.add(new Paragraph(run.span(), run.build()));
        } else {
            for (Element media : run.media()) {
                frame.add(new Figure(span(media), Prose.empty(Spans.start(media))));
            }
        }
        frame.run = run.next();
    }

    /** An element collecting blocks or items, with the run of inline content in progress. */
    private abstract static class Frame {
        final Element element;
        ProseRun run;

        Frame(Element element, String source) {
            this.element = element;
            this.run = new ProseRun(source, Math.min(Spans.start(element), source.length()));
        }

        abstract void add(Block block);

        /** Adds what this frame built to its parent frame. */
        abstract void finish(Frame parent, BlockWalker walker);
    }

    /** The article itself or a quote: a sequence of blocks. */
    private static final class BoxFrame extends Frame {
        final List<Block> blocks = new ArrayList<>();

        BoxFrame(Element element, String source) {
            super(element, source);
        }

        @Override
        void add(Block block) {
            blocks.add(block);
        }

        @Override
        void finish(Frame parent, BlockWalker walker) {
            if (!blocks.isEmpty()) {
                parent.add(new Quote(walker.span(element), blocks));
            }
        }
    }

    private static final class ListFrame extends Frame {
        final List<ListItem> items = new ArrayList<>();

        ListFrame(Element element, String source) {
            super(element, source);
        }

        @Override
        void add(Block block) {
            // Only items are collected; any element in a list is made an item, so no block lands here.
        }

        @Override
        void finish(Frame parent, BlockWalker walker) {
            if (items.stream().anyMatch(i -> !i.text().isEmpty() || !i.children().isEmpty())) {
                parent.add(new ListBlock(walker.span(element), element.normalName().equals("ol"), items));
            }
        }
    }

    /**
     * A list item: its first paragraph (loose text or a {@code <p>}) before any other block is its text, the rest
     * its children.
     */
    private static final class ItemFrame extends Frame {
        Prose text;
        boolean textDone;
        final List<Block> children = new ArrayList<>();

        ItemFrame(Element element, String source) {
            super(element, source);
        }

        @Override
        void add(Block block) {
            if (!textDone) {
                textDone = true;
                if (block instanceof Paragraph p) {
                    text = p.text();
                    return;
                }
            }
            children.add(block);
        }

        @Override
        void finish(Frame parent, BlockWalker walker) {
            Prose itemText = text != null ? text : Prose.empty(Math.min(Spans.start(element), walker.source.length()));
            ((ListFrame) parent).items.add(new ListItem(walker.span(element), itemText, children));
        }
    }
}
