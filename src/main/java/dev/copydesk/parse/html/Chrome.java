package dev.copydesk.parse.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Recognises what is never article prose: hidden elements, and site chrome (menus, banners, page headers and
 * footers, comments, cookie notices, share bars, newsletter sign-ups, breadcrumbs, ads, sidebars).
 *
 * <p>Chrome is known by tag ({@code nav}, {@code menu}), by ARIA role, by position (a {@code header} or
 * {@code footer} of the page rather than of an article) and by the words of its class and id. Words are whole
 * tokens of the class or id ({@code post-share} has the token {@code share}; {@code shadow} has no {@code ad}).
 * Because a class word can be misleading ({@code has-sidebar} on a wrapper of the whole page), an element known only
 * by its class or id that holds a good amount of paragraph text is kept as content; comment sections are the
 * exception, being made of paragraphs.
 */
final class Chrome {

    /** What kind of chrome an element is. */
    enum Kind {
        NONE,
        /** Menus, banners, page headers and footers, comments, cookie notices: nothing in them is ever checked. */
        STRUCTURAL,
        /** Share bars, newsletter sign-ups, ads, sidebars: not prose, but related links in them still count. */
        PERIPHERAL
    }

    /** Flags for the kinds of chrome words found in a class or id. */
    private static final int COMMENTS = 1;
    private static final int STRUCTURAL = 2;
    private static final int PERIPHERAL = 4;
    /** Skip-link words, which also name the box a skip link jumps to: chrome only on an element with little text. */
    private static final int SKIP = 8;
    /** Chars of text above which an element named by skip-link words is the content it names, not the link. */
    private static final int SKIP_LINK_CHARS = 200;

    /** Paragraph text (in chars) above which a class or id word alone does not make an element chrome. */
    private static final int CONTENT_CHARS = 400;

    private static final Set<String> ROLES = Set.of(
            "navigation", "banner", "contentinfo", "menu", "menubar", "search", "dialog", "alertdialog");
    private static final Set<String> COMMENT_WORDS = Set.of("comments", "commentlist", "disqus");
    /** Words that make "comments" a state of a page or post ({@code has-comments}, {@code comments-open}). */
    private static final Set<String> NOT_COMMENTS_BEFORE = Set.of("has", "no", "with", "show", "open", "closed");
    private static final Set<String> NOT_COMMENTS_AFTER = Set.of(
            "open", "closed", "count", "link", "links", "number", "icon", "button", "btn", "toggle");
    private static final Set<String> COMMENT_PARTS = Set.of(
            "list", "area", "section", "respond", "thread", "form", "wrapper", "container");
    private static final Set<String> PAGE_PARTS = Set.of("header", "footer", "nav");
    private static final Set<String> PAGE_PREFIXES = Set.of("site", "global", "page");

    /** A chrome word of a class or id: what it names, for the user, and its flag. */
    private enum Word {
        COMMENTS_SECTION("comments", COMMENTS),
        NAVIGATION("navigation", STRUCTURAL),
        PAGE_HEADER("page header", STRUCTURAL),
        PAGE_FOOTER("page footer", STRUCTURAL),
        BREADCRUMBS("breadcrumbs", STRUCTURAL),
        COOKIE_NOTICE("cookie notice", STRUCTURAL),
        SKIP_LINK("skip link", SKIP),
        SHARE_BAR("share bar", PERIPHERAL),
        NEWSLETTER("newsletter sign-up", PERIPHERAL),
        ADVERTISEMENT("advertisement", PERIPHERAL),
        SIDEBAR("sidebar", PERIPHERAL),
        POP_UP("pop-up", PERIPHERAL),
        TOOLBAR("toolbar", PERIPHERAL),
        PAGINATION("pagination", PERIPHERAL),
        SCREEN_READER("screen-reader text", PERIPHERAL);

        final String reason;
        final int flag;

        Word(String reason, int flag) {
            this.reason = reason;
            this.flag = flag;
        }
    }

    /** The chrome words that say so alone. */
    private static final Map<String, Word> WORDS = words(Map.of(
            Word.NAVIGATION, List.of("nav", "navbar", "navigation", "menu", "menubar", "masthead"),
            Word.BREADCRUMBS, List.of("breadcrumb", "breadcrumbs"),
            Word.COOKIE_NOTICE, List.of("cookie", "cookies", "consent", "gdpr"),
            Word.SKIP_LINK, List.of("skiplink", "skiplinks"),
            Word.SHARE_BAR, List.of("share", "sharing", "sharedaddy", "sharethis", "addthis", "social"),
            Word.NEWSLETTER, List.of("newsletter", "subscribe", "subscription", "signup"),
            Word.ADVERTISEMENT, List.of("ad", "ads", "adsbygoogle", "advert", "adverts", "advertisement",
                    "advertising", "sponsored"),
            Word.SIDEBAR, List.of("sidebar"),
            Word.POP_UP, List.of("popup", "modal"),
            Word.TOOLBAR, List.of("toolbar")));

    private static Map<String, Word> words(Map<Word, List<String>> byWord) {
        Map<String, Word> out = new HashMap<>();
        byWord.forEach((word, tokens) -> tokens.forEach(t -> out.put(t, word)));
        out.put("pagination", Word.PAGINATION);
        return Map.copyOf(out);
    }

    private Chrome() {
    }

    /**
     * True if an element is never rendered: the {@code hidden} attribute, {@code aria-hidden="true"} or an inline
     * {@code display: none} / {@code visibility: hidden}.
     */
    static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if ((e.hasAttr("hidden") && !isStreamedSegment(e)) || e.attr("aria-hidden").trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (isCloaked(e)) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && hidesByStyle(style);
    }

    /** True if the words of an element's class or id name a comment section. */
    static boolean isCommentSection(Element e) {
        return e.attributesSize() > 0 && ((words(e.attr("class")) | words(e.attr("id"))) & COMMENTS) != 0;
    }

    /**
     * True for a small template a script framework hides until it fills it in (the {@code ng-cloak},
     * {@code v-cloak} or {@code x-cloak} attribute) holding placeholders: its raw text ("{{ count }}") is never what a reader sees.
     */
    private static boolean isCloaked(Element e) {
        boolean cloaked = e.hasAttr("ng-cloak") || e.hasAttr("v-cloak") || e.hasAttr("x-cloak")
                || e.hasAttr("data-ng-cloak");
        // A cloak on a wrapper of the whole app only delays it: only a small template holding placeholders is
        // never seen as written.
        return cloaked && !Tag.hasText(e, CLOAKED_TEMPLATE_CHARS, x -> false) && e.text().contains("{{");
    }

    /** Chars of text from which a cloaked element is a part of the page, not a template of a value. */
    private static final int CLOAKED_TEMPLATE_CHARS = 200;

    /**
     * True for a segment of a page streamed by React ({@code <div hidden id="S:0">}): hidden only until the page's
     * script moves it into place, so a reader sees it.
     */
    private static boolean isStreamedSegment(Element e) {
        String id = e.id();
        return id.length() > 2 && id.startsWith("S:") && e.normalName().equals("div");
    }

    /**
     * The kind of chrome an element is; {@code pageLevel} tells whether a {@code header} or {@code footer} here
     * belongs to the page (not to an article or section).
     */
    static Kind of(Element e, boolean pageLevel) {
        return of(e, pageLevel, false);
    }

    /**
     * As {@link #of(Element, boolean)}; with {@code commentsAreContent} a comment section is not chrome (the page is
     * a discussion thread, whose posts are its content).
     */
    static Kind of(Element e, boolean pageLevel, boolean commentsAreContent) {
        String name = e.normalName();
        if (name.equals("nav") || name.equals("menu")) {
            return Kind.STRUCTURAL;
        }
        if (pageLevel && (name.equals("header") || name.equals("footer"))) {
            return Kind.STRUCTURAL;
        }
        if (e.attributesSize() == 0) {
            return Kind.NONE;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && ROLES.contains(role.trim().toLowerCase(Locale.ROOT))) {
            return Kind.STRUCTURAL;
        }
        int words = words(e.attr("class")) | words(e.attr("id"));
        if ((words & COMMENTS) != 0 && !commentsAreContent) {
            return Kind.STRUCTURAL;
        }
        if ((words & SKIP) != 0 && !Tag.hasText(e, SKIP_LINK_CHARS, x -> false)) {
            return Kind.STRUCTURAL;
        }
        if ((words & (STRUCTURAL | PERIPHERAL)) == 0 || hasParagraphText(e)) {
            return Kind.NONE;
        }
        return (words & STRUCTURAL) != 0 ? Kind.STRUCTURAL : Kind.PERIPHERAL;
    }

    /**
     * What a piece of chrome is, in a few words, for a user reading why it was set aside: by tag, role, position,
     * then the first chrome word of its class or id.
     */
    static String reason(Element e) {
        String name = e.normalName();
        if (name.equals("nav") || name.equals("menu")) {
            return "navigation";
        }
        if (name.equals("header") || name.equals("footer")) {
            return "page " + name;
        }
        String role = e.attr("role").trim().toLowerCase(Locale.ROOT);
        switch (role) {
            case "navigation", "menu", "menubar" -> {
                return "navigation";
            }
            case "banner" -> {
                return "page header";
            }
            case "contentinfo" -> {
                return "page footer";
            }
            case "search" -> {
                return "search";
            }
            case "dialog", "alertdialog" -> {
                return "pop-up";
            }
            default -> {
            }
        }
        for (String value : new String[] {e.className(), e.id()}) {
            List<String> tokens = tokens(value.toLowerCase(Locale.ROOT));
            for (int i = 0; i < tokens.size(); i++) {
                Word word = word(tokens, i);
                if (word != null) {
                    return word.reason;
                }
            }
        }
        return "page chrome";
    }

    /** True for a share bar: links to share the page, never links to read. */
    static boolean isShareBar(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        // Every share word holds one of these: most elements are told apart without tokenizing.
        if (!names.contains("shar") && !names.contains("social") && !names.contains("addthis")) {
            return false;
        }
        return Word.SHARE_BAR.reason.equals(reason(e));
    }

    /** The chrome words among the tokens of a class or id value, as bit flags. */
    private static int words(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        List<String> tokens = tokens(value.toLowerCase(Locale.ROOT));
        int flags = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Word word = word(tokens, i);
            if (word != null) {
                flags |= word.flag;
            }
        }
        return flags;
    }

    /** The chrome word token {@code i} makes, alone or with its neighbours, or null. */
    private static Word word(List<String> tokens, int i) {
        String token = tokens.get(i);
        String previous = i > 0 ? tokens.get(i - 1) : "";
        String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
        if ((COMMENT_WORDS.contains(token) && !NOT_COMMENTS_BEFORE.contains(previous)
                && !NOT_COMMENTS_AFTER.contains(next))
                || (token.equals("comment") && COMMENT_PARTS.contains(next))) {
            return Word.COMMENTS_SECTION;
        }
        if (PAGE_PREFIXES.contains(previous) && PAGE_PARTS.contains(token)) {
            return token.equals("header") ? Word.PAGE_HEADER : token.equals("footer") ? Word.PAGE_FOOTER
                    : Word.NAVIGATION;
        }
        if (previous.equals("skip") && (token.equals("link") || token.equals("to"))) {
            return Word.SKIP_LINK;
        }
        Word alone = WORDS.get(token);
        if (alone != null) {
            return alone;
        }
        if ((previous.equals("sr") && token.equals("only")) || (previous.equals("visually") && token.equals("hidden"))
                || (previous.equals("screen") && token.equals("reader"))) {
            return Word.SCREEN_READER;
        }
        return null;
    }

    /**
     * The words of a lower-cased class or id value: runs of ASCII letters and digits. A space ends a class name, so no
     * pair of words spans two class names: an empty token marks the boundary.
     */
    static List<String> tokens(String v) {
        List<String> tokens = new ArrayList<>(4);
        int i = 0;
        int n = v.length();
        while (i < n) {
            int from = i;
            while (i < n && isWordChar(v.charAt(i))) {
                i++;
            }
            if (i > from) {
                tokens.add(v.substring(from, i));
            }
            boolean space = false;
            while (i < n && !isWordChar(v.charAt(i))) {
                space |= Character.isWhitespace(v.charAt(i));
                i++;
            }
            if (space && i < n) {
                tokens.add("");
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean hidesByStyle(String style) {
        String s = style.toLowerCase(Locale.ROOT);
        int n = s.length();
        StringBuilder compact = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                compact.append(c);
            }
        }
        String c = compact.toString();
        return c.contains("display:none") || c.contains("visibility:hidden");
    }

    /** True if the element's paragraphs hold at least {@link #CONTENT_CHARS} chars; stops counting there. */
    private static boolean hasParagraphText(Element e) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            private int inParagraph;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (el.normalName().equals("p")) {
                        inParagraph++;
                    }
                } else if (inParagraph > 0 && node instanceof TextNode t) {
                    count[0] += t.getWholeText().length();
                    if (count[0] >= CONTENT_CHARS) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("p")) {
                    inParagraph--;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0] >= CONTENT_CHARS;
    }
}
