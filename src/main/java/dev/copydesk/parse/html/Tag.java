package dev.copydesk.parse.html;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What an HTML element is to the article: which block it makes, whether it is inline text, or whether it is never
 * prose. Elements not listed (spans, emphasis, custom elements) are inline; a block found inside an inline element
 * still splits the text around it.
 */
enum Tag {
    /** Never prose, subtree ignored: scripts, styles, metadata, form controls, menus. */
    SKIP,
    /** Text-level markup: its text joins the surrounding run. */
    INLINE,
    /** {@code <br>}: a word separator; two in a row end a loose paragraph. */
    BREAK,
    /** An image or embed: no prose; on its own, a figure. */
    MEDIA,
    /** {@code <hr>}: ends a run, makes no block. */
    RULE,
    HEADING,
    PARAGRAPH,
    LIST,
    ITEM,
    TABLE,
    CODE,
    QUOTE,
    FIGURE,
    /** A box whose children are blocks or loose text: transparent, it only ends the run before and after it. */
    CONTAINER;

    private static final Map<String, Tag> BY_NAME = new HashMap<>();

    static {
        for (String name : new String[] {"script", "style", "template", "noscript", "head", "title", "meta", "link",
                "base", "form", "button", "input", "select", "textarea", "option", "optgroup", "datalist", "output",
                "progress", "meter", "dialog", "nav", "menu", "param", "source", "track", "map", "area", "rp",
                "frameset", "frame", "noframes"}) {
            BY_NAME.put(name, SKIP);
        }
        for (String name : new String[] {"img", "picture", "video", "audio", "iframe", "embed", "object", "svg",
                "canvas"}) {
            BY_NAME.put(name, MEDIA);
        }
        for (String name : new String[] {"h1", "h2", "h3", "h4", "h5", "h6"}) {
            BY_NAME.put(name, HEADING);
        }
        for (String name : new String[] {"div", "section", "article", "main", "header", "footer", "aside", "address",
                "center", "details", "fieldset", "hgroup", "figcaption", "caption", "legend", "body", "html", "search",
                "tbody", "thead", "tfoot", "tr", "td", "th", "colgroup", "col"}) {
            BY_NAME.put(name, CONTAINER);
        }
        BY_NAME.put("br", BREAK);
        BY_NAME.put("hr", RULE);
        BY_NAME.put("p", PARAGRAPH);
        BY_NAME.put("summary", PARAGRAPH);
        BY_NAME.put("ul", LIST);
        BY_NAME.put("ol", LIST);
        BY_NAME.put("dl", LIST);
        BY_NAME.put("li", ITEM);
        BY_NAME.put("dt", ITEM);
        BY_NAME.put("dd", ITEM);
        BY_NAME.put("table", TABLE);
        BY_NAME.put("pre", CODE);
        BY_NAME.put("listing", CODE);
        BY_NAME.put("xmp", CODE);
        BY_NAME.put("plaintext", CODE);
        BY_NAME.put("blockquote", QUOTE);
        BY_NAME.put("figure", FIGURE);
    }

    /** Visible text (in chars) above which a form or noscript element is read as a box of content. */
    private static final int WRAPPER_TEXT = 500;

    static Tag of(Element element) {
        Tag tag = BY_NAME.getOrDefault(element.normalName(), INLINE);
        if (tag == SKIP && wrapsContent(element)) {
            return CONTAINER;
        }
        if (tag == FIGURE && holdsText(element)) {
            return CONTAINER;
        }
        return tag;
    }

    /** Visible text (in chars) outside its caption above which a figure is read as a box of content. */
    private static final int FIGURE_TEXT = 40;

    /**
     * True for a {@code figure} that holds text of its own outside its caption and credit (a {@code figcaption}, or
     * an element whose class says caption or credit): a quotation, a card or a product tile wrapped in a figure,
     * whose text a reader reads, not an image with a caption. Counts up to {@link #FIGURE_TEXT} chars.
     */
    private static boolean holdsText(Element figure) {
        return hasText(figure, FIGURE_TEXT, e -> e.normalName().equals("figcaption")
                || BY_NAME.getOrDefault(e.normalName(), INLINE) == SKIP || isCaptionClass(e));
    }

    /**
     * True for a {@code form} or {@code noscript} that wraps a page's content rather than controls or a notice: a
     * whole ASP.NET page is one form, and some forums serve their posts inside {@code noscript} for readers without
     * scripts. Counts visible text outside controls and scripts, stopping at {@link #WRAPPER_TEXT} chars.
     */
    private static boolean wrapsContent(Element element) {
        String name = element.normalName();
        if (!name.equals("form") && !name.equals("noscript")) {
            return false;
        }
        return hasText(element, WRAPPER_TEXT, e -> BY_NAME.getOrDefault(e.normalName(), INLINE) == SKIP
                && !e.normalName().equals("form") && !e.normalName().equals("noscript"));
    }

    /**
     * True if {@code root} holds at least {@code chars} chars of text outside the elements below it that
     * {@code passOver} names; stops counting there.
     */
    static boolean hasText(Element root, int chars, Predicate<Element> passOver) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    count[0] += t.getWholeText().strip().length();
                    return count[0] >= chars ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                if (node instanceof Element e && e != root && passOver.test(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return count[0] >= chars;
    }

    /** True for an element whose class names a caption or a credit ({@code Figure-caption}, {@code photo-credit}). */
    private static boolean isCaptionClass(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        for (String token : Chrome.tokens(e.className().toLowerCase(java.util.Locale.ROOT))) {
            if (token.equals("caption") || token.equals("credit") || token.equals("credits")
                    || token.equals("copyright")) {
                return true;
            }
        }
        return false;
    }

    /** True for every kind that interrupts a run of inline text. */
    boolean isBlock() {
        return this != INLINE && this != BREAK && this != MEDIA && this != SKIP;
    }

    /** True for {@code <code>}, {@code <kbd>}, {@code <samp>} and {@code <tt>}: inline code, not prose. */
    static boolean isInlineCode(Element element) {
        String name = element.normalName();
        return name.equals("code") || name.equals("kbd") || name.equals("samp") || name.equals("tt");
    }

    /** True for a link with a target. */
    static boolean isLink(Element element) {
        return element.normalName().equals("a") && element.hasAttr("href");
    }

    /** True if {@code e} is {@code ancestor} or lies under it. */
    static boolean isInside(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The heading level 1–6 of an {@code h1}…{@code h6}, else 0. */
    static int headingLevel(Element element) {
        String name = element.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return name.charAt(1) - '0';
        }
        return 0;
    }
}
