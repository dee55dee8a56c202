package dev.copydesk.parse.html;

import dev.copydesk.document.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Reading the blocks that are taken whole: code languages, figure captions, table cells, media. */
final class Leaves {

    private Leaves() {
    }

    /**
     * The language of a code block from a {@code language-x} or {@code lang-x} class on the {@code pre} or its
     * {@code code} child, else a {@code language-x} class on the wrappers highlighters put around it (two levels
     * up; {@code lang-x} there is too often the page's language); {@code ""} if none.
     */
    static String language(Element pre) {
        Element code = pre.firstElementChild();
        Element parent = pre.parent();
        Element[] places = {pre, code != null && code.normalName().equals("code") ? code : null, parent,
                parent == null ? null : parent.parent()};
        for (int i = 0; i < places.length; i++) {
            if (places[i] == null) {
                continue;
            }
            for (String cls : places[i].classNames()) {
                String c = cls.toLowerCase(Locale.ROOT);
                if (c.startsWith("language-") && c.length() > 9) {
                    return c.substring(9);
                }
                if (i < 2 && c.startsWith("lang-") && c.length() > 5) {
                    return c.substring(5);
                }
            }
        }
        return "";
    }

    /** A figure's caption: its {@code figcaption}'s prose, or empty. */
    static Prose caption(Element figure, String source) {
        Element caption = figure.selectFirst("figcaption");
        if (caption == null || Chrome.isHidden(caption)) {
            return Prose.empty(Math.min(Spans.end(figure), source.length()));
        }
        return InlineText.of(caption, source);
    }

    /**
     * True if a table lays out the page rather than holding data: it says so ({@code role="presentation"}), holds
     * another table, or holds paragraphs, headings, lists or quotes without any header cell or caption.
     */
    static boolean isLayoutTable(Element table) {
        String role = table.attr("role");
        if (role.equals("presentation") || role.equals("none")) {
            return true;
        }
        boolean[] found = new boolean[3]; // nested table, block content, header cells or caption
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == table) {
                    return FilterResult.CONTINUE;
                }
                switch (Tag.of(e)) {
                    case TABLE:
                        found[0] = true;
                        return FilterResult.STOP;
                    case PARAGRAPH: case HEADING: case LIST: case QUOTE:
                        found[1] = true;
                        break;
                    default:
                        String name = e.normalName();
                        if (name.equals("th") || name.equals("thead") || name.equals("caption")) {
                            found[2] = true;
                        }
                        break;
                }
                return FilterResult.CONTINUE;
            }
        }, table);
        return found[0] || (found[1] && !found[2]);
    }

    /** Every {@code td} and {@code th} of a data table, row by row, as prose; nested content is flattened. */
    static List<Prose> cells(Element table, String source) {
        List<Prose> cells = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == table) {
                    return FilterResult.CONTINUE;
                }
                if (Tag.of(e) == Tag.SKIP || Chrome.isHidden(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String name = e.normalName();
                if (name.equals("td") || name.equals("th")) {
                    cells.add(InlineText.of(e, source));
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, table);
        return cells;
    }

    /** The images and embeds inside an element, outermost only. */
    static List<Element> media(Element root) {
        List<Element> media = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                Tag tag = Tag.of(e);
                if (tag == Tag.SKIP || Chrome.isHidden(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag == Tag.MEDIA) {
                    media.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return media;
    }
}
