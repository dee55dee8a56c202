package dev.copydesk.parse.html;

import dev.copydesk.document.Prose;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.parse.RelatedCues;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The related-links regions of a page ("Related articles", "You may also like", a "Trending" sidebar), wherever
 * they are in the body except inside menus, page headers and footers, and comments.
 *
 * <p>A region is an {@code aside}, {@code section}, {@code div}, {@code ul} or {@code ol} whose class, id or
 * {@code aria-label} names it ({@link RelatedCues}), or whose heading does: its first child when that is an
 * {@code h2}–{@code h6} or has a class with "title" or "heading" (possibly wrapped alone in a {@code header}). A
 * related heading directly followed by a list is a region too, from the heading to the end of the list.
 *
 * <p>Items are the region's outermost {@code li} and {@code article} elements and cards (a class with "card",
 * "item", "post", "entry", "story", "teaser", "promo" or "tile" around one or two link targets); failing those,
 * each link. An item's title is its main link (the first with text, preferring one in a heading), its teaser the
 * rest of its text. A region must be made of links: at least half of its items linked, and when its items are bare
 * links, those links must be at least half of its text. So a section headed "More information" made of paragraphs
 * stays article prose.
 *
 * <p>Regions are also known by their shape alone (see {@link #tryCards}): outside the article, or inside the
 * located article but outside the holder of its paragraphs (a sidebar inside a broad content box).
 */
final class RelatedRegions {

    private static final int HEADING_CHARS = 80;
    /** More nodes than this and a box is a part of the page, not a region of links (and not worth reading whole). */
    private static final int MAX_NODES = 2_000;
    /** Fewest and most items of a region known only by its shape, and the average words of their titles. */
    private static final int MIN_CARDS = 3;
    private static final int MAX_CARDS = 30;
    private static final int TITLE_WORDS = 5;
    private static final int TITLE_CHARS = 10;
    /** Chars of text outside its heading and items above which a box is not a region of links. */
    private static final int LOOSE_TEXT = 300;
    /** Fewest items of a region with neither heading nor naming words. */
    private static final int MIN_HEADLESS = 4;

    /** Regions by the element where they start (the container, or the heading before a list). */
    private final Map<Element, RelatedLinks> byStart = new LinkedHashMap<>();
    /** Lists that belong to a region started by the heading before them. */
    private final Set<Element> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final String source;

    /**
     * Per element holding a link, its nodes and its links (itself and all below), counted in one pass:
     * {nodes, links}. An element not in it holds no link.
     */
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private RelatedRegions(String source) {
        this.source = source;
    }

    /** Counts the nodes and links under every element of {@code root}, in one pass. */
    private void count(Element root) {
        List<int[]> open = new ArrayList<>();
        NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    open.add(new int[] {1, Tag.isLink((Element) node) ? 1 : 0});
                } else if (!open.isEmpty()) {
                    open.get(open.size() - 1)[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] mine = open.remove(open.size() - 1);
                    // Only a box with links can be a region: the others need no count.
                    if (mine[1] > 0) {
                        counts.put(e, mine);
                    }
                    if (!open.isEmpty()) {
                        int[] parent = open.get(open.size() - 1);
                        parent[0] += mine[0];
                        parent[1] += mine[1];
                    }
                }
            }
        }, root);
    }

    /** Each box's leading heading (or null) once looked for: the name and the shape of a box both ask for it. */
    private final Map<Element, Optional<Element>> leadingHeadings = new IdentityHashMap<>();

    private Element leadingHeadingOf(Element box) {
        return leadingHeadings.computeIfAbsent(box, b -> Optional.ofNullable(leadingHeading(b))).orElse(null);
    }

    /** The links at or under {@code e}. */
    private int links(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[1];
    }

    /**
     * Finds the regions under {@code body}; none of them may contain {@code article}, the article's element, or
     * {@code core}, the holder of its paragraphs under it.
     */
    static RelatedRegions find(Element body, Element article, Element core, String source) {
        RelatedRegions regions = new RelatedRegions(source);
        regions.count(body);
        Set<Element> articleAndAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = core; e != null; e = e.parent()) {
            articleAndAncestors.add(e);
        }
        NodeTraversor.filter(regions.new Finder(body, article, core, articleAndAncestors), body);
        return regions;
    }

    /** The region starting at {@code e}, or null. */
    RelatedLinks startingAt(Element e) {
        return byStart.isEmpty() ? null : byStart.get(e);
    }

    /** True if {@code e} is a list already taken into a region by the heading before it. */
    boolean isConsumed(Element e) {
        return !consumed.isEmpty() && consumed.contains(e);
    }

    /** Every region, in source order. */
    List<RelatedLinks> all() {
        return new ArrayList<>(byStart.values());
    }

    private final class Finder implements NodeFilter {

        private final Element body;
        private final Set<Element> articleAndAncestors;
        private final Element article;
        private final Element core;
        private int sections;
        /** True while the walk is inside the story's core: the holder of its paragraphs. */
        private boolean inCore;
        /** True while the walk is inside the article's element. */
        private boolean inArticle;
        /** How many sidebars, ad slots and other peripheral chrome the walk is inside. */
        private int peripheral;
        private final Set<Element> peripherals = Collections.newSetFromMap(new IdentityHashMap<>());

        Finder(Element body, Element article, Element core, Set<Element> articleAndAncestors) {
            this.body = body;
            this.article = article;
            this.core = core;
            this.articleAndAncestors = articleAndAncestors;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e != body) {
                Tag tag = Tag.of(e);
                if (tag == Tag.SKIP || tag == Tag.MEDIA || consumed.contains(e) || Chrome.isHidden(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                boolean holdsArticle = articleAndAncestors.contains(e);
                Chrome.Kind kind = holdsArticle ? Chrome.Kind.NONE : Chrome.of(e, sections == 0);
                if (kind == Chrome.Kind.STRUCTURAL || (!holdsArticle && Chrome.isShareBar(e))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!holdsArticle && (links(e) > 0 || tag == Tag.HEADING) && (tryRegion(e, tag)
                        || ((!inCore || peripheral > 0) && tryCards(e, article != body
                                && Spans.start(e) >= Spans.end(article))))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (kind == Chrome.Kind.PERIPHERAL) {
                    peripheral++;
                    peripherals.add(e);
                }
            }
            if (e == article && article != body) {
                inArticle = true;
            }
            if (e == core && core != body) {
                inCore = true;
            }
            if (Sections.isSectioning(e)) {
                sections++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node == article) {
                inArticle = false;
            }
            if (node == core) {
                inCore = false;
            }
            if (!peripherals.isEmpty() && node instanceof Element e && peripherals.remove(e)) {
                peripheral--;
            }
            if (node instanceof Element e && Sections.isSectioning(e)) {
                sections--;
            }
            return FilterResult.CONTINUE;
        }
    }

    private boolean tryRegion(Element e, Tag tag) {
        if (isRegionBox(e)) {
            Element heading = heading(e);
            boolean headingCue = heading != null && RelatedCues.isRelatedHeading(boundedText(heading));
            String label = e.attr("aria-label");
            if (!headingCue && !label.isBlank() && RelatedCues.isRelatedHeading(label)) {
                return add(e, e, Spans.of(e, source.length()), null, TextMapper.attribute(e, "aria-label", source));
            }
            if (!headingCue && (RelatedCues.isRelatedClassOrId(e.className()) || RelatedCues.isRelatedClassOrId(
                    e.id()))) {
                // A class names the region; its first heading-like child is its heading unless it is a link.
                Element h = heading != null && heading.selectFirst("a[href]") == null ? heading : null;
                return add(e, e, Spans.of(e, source.length()), h, null);
            }
            if (headingCue) {
                return add(e, e, Spans.of(e, source.length()), heading, null);
            }
            // A heading wrapped deeper (in a header bar, a label, a title div) names the box when it is its first
            // text and the box holds no other heading.
            Element wrapped = heading == null ? leadingHeadingOf(e) : null;
            return wrapped != null && RelatedCues.isRelatedHeading(boundedText(wrapped))
                    && !hasOtherHeading(e, wrapped, itemElements(e, wrapped))
                    && add(e, e, Spans.of(e, source.length()), wrapped, null);
        }
        if (tag == Tag.HEADING && Tag.headingLevel(e) >= 2) {
            Element next = e.nextElementSibling();
            if (next == null || !isListOrBox(next) || !RelatedCues.isRelatedHeading(boundedText(e))) {
                return false;
            }
            int start = Math.min(Spans.start(e), source.length());
            Span span = new Span(start, Math.max(start, Math.min(Spans.end(next), source.length())));
            if (add(e, next, span, e, null)) {
                consumed.add(next);
                return true;
            }
        }
        return false;
    }

    /**
     * A region known by its shape rather than its words: a box whose first text is a short heading (a heading
     * element, or an element whose class says title, heading or header) followed by {@link #MIN_CARDS} to
     * {@link #MAX_CARDS} links to distinct pages titled like articles (on average at least {@link #TITLE_WORDS} words,
     * or {@link #TITLE_CHARS} chars in scripts written without spaces: menus and tag lists have shorter labels), with
     * no other heading of its own; or, after the article's end, a box of at least {@link #MIN_HEADLESS} such items in
     * lists or cards with no heading at all. A topic stack ("World", "Health"), a sidebar widget ("Latest
     * headlines"), a row of story cards under a section name.
     */
    private boolean tryCards(Element e, boolean afterArticle) {
        if (!isShapeBox(e) || links(e) < MIN_CARDS || !isSmall(e)) {
            return false;
        }
        Element heading = leadingHeadingOf(e);
        List<Element> elements = itemElements(e, heading);
        boolean cards = !elements.isEmpty();
        if (!cards) {
            elements = bareLinks(e, heading);
        }
        int min = heading != null ? MIN_CARDS : MIN_HEADLESS;
        if (elements.size() < min || elements.size() > MAX_CARDS || (heading == null && (!cards || !afterArticle))
                || hasOtherHeading(e, heading, cards ? elements : List.of())) {
            return false;
        }
        Set<String> targets = new HashSet<>();
        int titles = 0;
        int linked = 0;
        for (Element el : elements) {
            Element main = mainLink(el);
            if (main == null) {
                // An item with no link (an ad slot, a "more" button) is passed over.
                continue;
            }
            String target = target(el, main);
            // Links into the page itself make a table of contents, not a region of other pages; nor are addresses.
            if (target.isEmpty() || target.startsWith("#") || isContact(target) || !targets.add(target)) {
                return false;
            }
            titles += titleLength(main.text());
            linked++;
        }
        return linked >= min && linked * 4 >= elements.size() * 3 && titles >= TITLE_WORDS * linked
                && add(e, e, Spans.of(e, source.length()), heading, null, RelatedLinks.Basis.SHAPE);
    }

    /**
     * How long a title reads, in words: its words, or for text in scripts written without spaces (Chinese,
     * Japanese, Korean) a word per {@link #TITLE_CHARS} / {@link #TITLE_WORDS} letters.
     */
    private static int titleLength(String title) {
        String t = title.strip();
        if (t.isEmpty()) {
            return 0;
        }
        int words = t.split("\\s+").length;
        int unspaced = 0;
        for (int i = 0; i < t.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(t.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.THAI) {
                unspaced++;
            }
        }
        return Math.max(words, unspaced * TITLE_WORDS / TITLE_CHARS);
    }

    /** The elements that may hold a region known by its shape: region boxes, widget list items, custom elements. */
    private static boolean isShapeBox(Element e) {
        String name = e.normalName();
        return isRegionBox(e) || name.equals("li") || name.equals("article") || name.indexOf('-') > 0;
    }

    /**
     * The box's heading when its first text is one: the nearest element around that text (within the box) that is
     * heading-like, holds at most {@link #HEADING_CHARS} chars and is not a link with an article-like title.
     */
    private static Element leadingHeading(Element box) {
        TextNode first = firstText(box);
        if (first == null) {
            return null;
        }
        for (Node n = first.parent(); n instanceof Element e && e != box; n = e.parent()) {
            // The title of the first item, in a card, is not the box's heading (a link may be, inside a heading).
            if (isItem(e) && !isHeadingClass(e)) {
                return null;
            }
            if (Tag.headingLevel(e) > 0 || isHeadingClass(e) || e.normalName().equals("label")) {
                String text = e.text();
                Element link = e.selectFirst("a[href]");
                boolean titleLink = link != null && titleLength(link.text()) >= TITLE_WORDS;
                if (text.length() > HEADING_CHARS || titleLink) {
                    return null;
                }
                for (Element up = e.parent(); up != null && up != box; up = up.parent()) {
                    if (Tag.isLink(up) || isItem(up)) {
                        return null;
                    }
                }
                return e;
            }
            if (Tag.isLink(e) && titleLength(e.text()) >= TITLE_WORDS) {
                return null;
            }
        }
        return null;
    }

    /** The first visible non-blank text under {@code box}, or null. */
    private static TextNode firstText(Element box) {
        TextNode[] found = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (!t.isBlank()) {
                        found[0] = t;
                        return FilterResult.STOP;
                    }
                } else if (node instanceof Element el && el != box
                        && (Tag.of(el) == Tag.SKIP || Tag.of(el) == Tag.MEDIA || Chrome.isHidden(el))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, box);
        return found[0];
    }

    /** True for an element whose class names a heading: "title", "heading", "header", "hd". */
    private static boolean isHeadingClass(Element e) {
        if (e.attributesSize() == 0 || Tag.of(e) == Tag.INLINE && !e.normalName().equals("span")) {
            return false;
        }
        for (String token : Chrome.tokens(e.className().toLowerCase(Locale.ROOT))) {
            if (token.equals("title") || token.equals("heading") || token.equals("header") || token.equals("hd")
                    || token.equals("head") || token.equals("widgettitle")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the box has a heading other than {@code heading} outside its {@code items}: then it holds several
     * widgets (or a widget and more), not one.
     */
    private static boolean hasOtherHeading(Element box, Element heading, List<Element> items) {
        Set<Element> itemSet = Collections.newSetFromMap(new IdentityHashMap<>());
        itemSet.addAll(items);
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element h)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (h == box) {
                    return FilterResult.CONTINUE;
                }
                if (h == heading) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(Tag.headingLevel(h) > 0 || isHeadingClass(h))
                        || (heading != null && Tag.isInside(heading, h)) || !h.hasText()
                        || h.selectFirst("a[href]") != null) {
                    return FilterResult.CONTINUE;
                }
                String text = h.text();
                if (text.length() <= HEADING_CHARS && (!isInsideAny(h, itemSet) || RelatedCues.isRelatedHeading(text))) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, box);
        return found[0];
    }

    /** True if an ancestor of {@code e} (or {@code e}) is one of {@code elements}. */
    private static boolean isInsideAny(Element e, Set<Element> elements) {
        for (Element p = e; p != null; p = p.parent()) {
            if (elements.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Headings over links that are not other stories: lists of topics, tags, categories or searches, and comment
     * threads ("6 thoughts on …", "12 comments").
     */
    private static final Pattern NOT_STORIES = Pattern.compile("(?i)(?:(?:related|popular|trending|more|all|browse)"
            + "\\s+)?(?:topics?|tags?|categories|searches|keywords|subjects)\\s*:?|\\d+\\s+(?:thoughts?|comments?|"
            + "responses?|replies)\\b.*");

    /** True for a link to an address rather than a page: {@code mailto:}, {@code tel:}. */
    private static boolean isContact(String target) {
        String t = target.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("mailto:") || t.startsWith("tel:") || t.startsWith("sms:");
    }

    /** True for the elements that may hold a region whole: {@code aside}, {@code section}, {@code div}, lists. */
    private static boolean isRegionBox(Element e) {
        String name = e.normalName();
        return name.equals("aside") || name.equals("section") || name.equals("div") || name.equals("ul")
                || name.equals("ol");
    }

    private static boolean isListOrBox(Element e) {
        String name = e.normalName();
        return name.equals("ul") || name.equals("ol") || name.equals("div") || name.equals("section");
    }

    /**
     * Builds and registers the region whose items are in {@code root}; false (nothing registered) if it is not
     * made of links. {@code heading} (may be null) is left out of the items; {@code label} overrides its prose.
     */
    private boolean add(Element start, Element root, Span span, Element heading, Prose label) {
        return add(start, root, span, heading, label, RelatedLinks.Basis.NAMED);
    }

    private boolean add(Element start, Element root, Span span, Element heading, Prose label,
            RelatedLinks.Basis basis) {
        if (!isSmall(root) || (heading != null && NOT_STORIES.matcher(boundedText(heading).strip()).matches())) {
            return false;
        }
        List<Element> elements = itemElements(root, heading);
        boolean bareLinks = elements.isEmpty();
        if (bareLinks) {
            elements = bareLinks(root, heading);
        }
        List<RelatedItem> items = new ArrayList<>(elements.size());
        int linked = 0;
        int titleChars = 0;
        for (Element el : elements) {
            Element main = mainLink(el);
            Prose title = main == null ? Prose.empty(Spans.start(el)) : InlineText.of(main, source);
            Prose teaser = main == el ? Prose.empty(Spans.end(el)) : InlineText.of(el, main, source);
            if (title.isEmpty() && teaser.isEmpty()) {
                continue;
            }
            String target = title.isEmpty() ? "" : target(el, main);
            if (isContact(target)) {
                continue;
            }
            if (!title.isEmpty()) {
                linked++;
                titleChars += title.length();
            }
            items.add(new RelatedItem(Spans.of(el, source.length()), title, target, teaser));
        }
        // Known by a heading, one link is a region ("Read next: …"); known only by a class or its shape, one link is
        // a link, not a region of them.
        if (linked < (heading == null && label == null ? 2 : 1) || linked * 2 < items.size()) {
            return false;
        }
        if (bareLinks && titleChars * 2 < textLength(root, heading, List.of(), Integer.MAX_VALUE)) {
            return false;
        }
        // A region is made of its items: text beside them (an article's paragraphs) makes the box something else.
        if (!bareLinks && textLength(root, heading, elements, LOOSE_TEXT) > LOOSE_TEXT) {
            return false;
        }
        Prose headingProse = label != null ? label
                : heading != null ? InlineText.of(heading, source) : Prose.empty(span.start());
        byStart.put(start, new RelatedLinks(span, headingProse, items, basis));
        return true;
    }

    /** True if {@code root} has at most {@link #MAX_NODES} nodes. */
    private boolean isSmall(Element root) {
        int[] c = counts.get(root);
        return c != null && c[0] <= MAX_NODES;
    }

    /** The first child element if it is heading-like, possibly wrapped alone in a header, hgroup or div. */
    private static Element heading(Element e) {
        Element first = e.firstElementChild();
        if (first == null) {
            return null;
        }
        if (isHeadingLike(first)) {
            return first;
        }
        String name = first.normalName();
        if ((name.equals("header") || name.equals("hgroup") || name.equals("div")) && first.childrenSize() == 1
                && isHeadingLike(first.child(0))) {
            return first.child(0);
        }
        return null;
    }

    private static boolean isHeadingLike(Element e) {
        int level = Tag.headingLevel(e);
        if (level >= 2) {
            return true;
        }
        if (level == 1 || (Tag.of(e) != Tag.CONTAINER && Tag.of(e) != Tag.INLINE)) {
            return false;
        }
        String cls = e.className().toLowerCase(Locale.ROOT);
        return cls.contains("title") || cls.contains("heading");
    }

    /** Outermost items: {@code li}, {@code article}, and cards around one or two link targets. */
    private static List<Element> itemElements(Element root, Element heading) {
        List<Element> items = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e == root) {
                    return FilterResult.CONTINUE;
                }
                if (e == heading || Tag.of(e) == Tag.SKIP || Chrome.isHidden(e) || Chrome.isShareBar(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isItem(e)) {
                    items.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return items;
    }

    private static boolean isItem(Element e) {
        String name = e.normalName();
        if (name.equals("li") || name.equals("article")) {
            return true;
        }
        String cls = e.className().toLowerCase(Locale.ROOT);
        if (!(cls.contains("card") || cls.contains("item") || cls.contains("post") || cls.contains("entry")
                || cls.contains("story") || cls.contains("teaser") || cls.contains("promo") || cls.contains("tile"))) {
            return false;
        }
        List<String> targets = new ArrayList<>(3);
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            if (!href.isEmpty() && !targets.contains(href)) {
                targets.add(href);
                if (targets.size() > 2) {
                    return false;
                }
            }
        }
        return !targets.isEmpty();
    }

    /** The links with text under {@code root}, outside {@code heading}, share bars and hidden parts. */
    private static List<Element> bareLinks(Element root, Element heading) {
        List<Element> links = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e != root && (e == heading || Tag.of(e) == Tag.SKIP || Chrome.isHidden(e)
                        || Chrome.isShareBar(e))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (Tag.isLink(e)) {
                    if (e.hasText()) {
                        links.add(e);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return links;
    }

    /**
     * Where an item's title leads: its main link's target, or for a card titled by its heading, whose only link holds
     * an image, that link's target.
     */
    private static String target(Element item, Element main) {
        if (Tag.isLink(main)) {
            return main.attr("href");
        }
        Element link = item.selectFirst("a[href]");
        return link == null ? "" : link.attr("href");
    }

    /**
     * The item's main link: the first link with text inside a heading, else the link with the longest text (a card's
     * title rather than its section label or "Read more"), the first of equals; failing those, in a card whose links
     * hold only images, its heading, which titles it.
     */
    private static Element mainLink(Element item) {
        if (Tag.isLink(item)) {
            return item;
        }
        Element longest = null;
        int longestChars = 0;
        for (Element a : item.getElementsByTag("a")) {
            if (!Tag.isLink(a) || !a.hasText()) {
                continue;
            }
            for (Element p = a.parent(); p != null && p != item; p = p.parent()) {
                if (Tag.headingLevel(p) > 0) {
                    return a;
                }
            }
            int chars = a.text().length();
            if (chars > longestChars) {
                longest = a;
                longestChars = chars;
            }
        }
        if (longest == null && item.selectFirst("a[href]") != null) {
            for (Element h : item.select("h2, h3, h4, h5, h6")) {
                if (h.hasText()) {
                    return h;
                }
            }
        }
        return longest;
    }

    /**
     * Visible text chars under {@code root}, leaving out {@code heading} (may be null) and {@code items}; counting
     * stops once past {@code limit}.
     */
    private static int textLength(Element root, Element heading, List<Element> items, int limit) {
        Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
        skip.addAll(items);
        if (heading != null) {
            skip.add(heading);
        }
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    count[0] += t.getWholeText().strip().length();
                    return count[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                if (node instanceof Element e && e != root
                        && (skip.contains(e) || Tag.of(e) == Tag.SKIP || Chrome.isHidden(e))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return count[0];
    }

    /** The start of an element's visible text, enough to tell a heading; stops after a few words. */
    private static String boundedText(Element e) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                    return text.length() > HEADING_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                if (node instanceof Element el && el != e && (Tag.of(el) == Tag.SKIP || Chrome.isHidden(el))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element el && Tag.of(el).isBlock()) {
                    text.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return text.toString().replaceAll("\\s+", " ");
    }
}
