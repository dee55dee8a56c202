package dev.copydesk.parse.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Recognises page furniture inside an article's container: parts a reader sees beside the story but that are not its
 * prose. Each is known by one of three signs, and named by a reason shown to the user:
 * <ul>
 *   <li>a copy shown only on small screens, by the responsive classes of common CSS frameworks ({@code md:hidden},
 *       {@code elementor-hidden-desktop}, {@code d-md-none}, {@code visible-xs}): the desktop page is the one read,
 *       so its mobile copy is a hidden duplicate;</li>
 *   <li>the words of its class or id: table of contents, byline, date, tags, rating, author bio, post meta;</li>
 *   <li>its shape: a list of links into the same page (a table of contents), a short line that is only a byline or
 *       a date, a rating widget ("1 of 5 stars"), an ad or share label, a box made almost only of links.</li>
 * </ul>
 * Class and id words count only on an element with little paragraph text, so a misleading class on a wrapper of the
 * whole story never hides it.
 */
final class PageFurniture {

    /** Longest text (in chars) a byline, date, label or meta line may have. */
    private static final int SHORT_LINE = 160;
    /** Most visible text (in chars) an element known by its class words may hold. */
    private static final int CLASS_LIMIT = 600;
    /**
     * Nodes looked at below one element before giving up (the element is then taken as too big to be furniture), so
     * that looking at every element of a deeply nested page stays linear.
     */
    private static final int MAX_NODES = 2000;
    /** Chars of text outside links, in one block, that make a box prose rather than a list of links. */
    private static final int PROSE_RUN = 100;

    private static final Set<String> TOC_WORDS = Set.of("toc", "tableofcontents", "ez-toc", "eztoc", "lwptoc",
            "rank-math-toc");
    private static final Set<String> BYLINE_WORDS = Set.of("byline", "bylines", "author", "authors", "byline-author",
            "contributor", "contributors", "writer", "postedby");
    private static final Set<String> DATE_WORDS = Set.of("date", "dateline", "timestamp", "published", "updated",
            "pubdate", "datetime", "posted-on", "postedon", "time");
    private static final Set<String> META_WORDS = Set.of("meta", "metadata", "info", "details", "header-meta");
    private static final Set<String> META_OWNERS = Set.of("entry", "post", "article", "story", "blog", "byline",
            "news", "single", "page", "td", "content");
    private static final Set<String> TAG_WORDS = Set.of("tags", "tag-list", "taglist", "tagcloud", "tag-cloud",
            "keywords", "categories", "cat-links", "tags-links", "post-tags", "article-tags", "topics", "labels");
    private static final Set<String> RATING_WORDS = Set.of("rating", "ratings", "stars", "star-rating", "starrating",
            "review-stars", "rating-stars");
    private static final Set<String> BIO_WORDS = Set.of("bio", "author-bio", "authorbio", "author-box", "authorbox",
            "about-author", "author-info", "authorinfo", "author-card", "author-details", "author-description");
    private static final Set<String> MOBILE_ONLY = Set.of("md:hidden", "lg:hidden", "xl:hidden",
            "elementor-hidden-desktop", "d-md-none", "d-lg-none", "d-xl-none", "hidden-md", "hidden-lg", "visible-xs",
            "visible-sm", "hide-desktop", "hide-on-desktop", "hidden-desktop", "mobile-only", "show-mobile",
            "show-for-small-only", "hide-for-large", "is-hidden-desktop", "mobile-visible", "visible-mobile");
    private static final Set<String> HIDDEN = Set.of("hidden", "d-none", "is-hidden", "hide", "invisible");
    private static final Pattern SHOWN_ON_DESKTOP = Pattern.compile("(?:^|\\s)(?:sm|md|lg|xl):(?:block|flex|grid|inline|"
            + "inline-block|inline-flex|table|contents)(?:$|\\s)|(?:^|\\s)d-(?:sm|md|lg|xl)-(?:block|flex|grid|inline|"
            + "inline-block|table)(?:$|\\s)");

    private static final Pattern BYLINE_TEXT = Pattern.compile(
            "(?i)^(?:(?:written|posted|published|reported|reviewed|edited|story|words|photos?)\\s+by|by)\\s+\\S.*");
    /** A month's name or abbreviation, and a day of the month. */
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final Pattern DATE_TEXT = Pattern.compile(
            "(?i)^(?:(?:published|posted|updated|last\\s+updated|last\\s+modified|modified|created|date)(?:\\s+on)?"
                    + "\\s*:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:"
                    + MONTH + "\\s+" + DAY + ",?(?:\\s+\\d{4})?"
                    + "|" + DAY + "\\s+" + MONTH + ",?(?:\\s+\\d{4})?"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})"
                    + "(?:\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?\\s*$");
    private static final Pattern LEADING_DATE_LABEL = Pattern.compile(
            "(?i)^(?:published|posted|updated|last\\s+updated|last\\s+modified)\\b.{0,80}\\d.*");
    private static final Pattern RATING_TEXT = Pattern.compile(
            "(?i)(?:\\d(?:\\.\\d)?\\s+(?:of|out\\s+of)\\s+5\\s+stars?.*){2,}|^(?:rated\\s+)?\\d(?:\\.\\d)?\\s+out\\s+of"
                    + "\\s+5(?:\\s+stars)?\\b.{0,60}$");
    /** A line that labels itself a credit: "Photo: Jane Doe, AP", "Image credit: NASA". */
    private static final Pattern CREDIT_TEXT = Pattern.compile("(?i)^\\(?(?:photo(?:graph)?s?|images?|pictures?|"
            + "illustrations?|credits?|foto|bild|video)(?:\\s+(?:credit|by|courtesy(?:\\s+of)?))?\\s*[:|]\\s*\\S.*");
    /** A line ending in a picture agency's name: "Jane Doe/Getty Images", "(Reed Saxon / Associated Press)". */
    private static final Pattern AGENCY_CREDIT = Pattern.compile("(?i)(?:^|[/,(\\s])(?:getty(?:\\s+images)?|"
            + "shutterstock|istock(?:photo)?|afp|reuters|ap(?:\\s+photo)?|associated\\s+press|epa(?:-efe)?|alamy|"
            + "pa(?:\\s+(?:images|wire|media))?|bloomberg|nurphoto|zuma(?:\\s+press)?|sipa|unsplash|pexels|"
            + "wikimedia(?:\\s+commons)?)\\)?\\s*$");
    /** Lines and words at most this long can be a credit alone. */
    private static final int CREDIT_LINE = 100;
    private static final int CREDIT_WORDS = 8;
    /** "Image 1 of 5", "Slide 3/12": the counter of a gallery. */
    private static final Pattern GALLERY_COUNTER = Pattern.compile(
            "(?i)^(?:image|photo|picture|slide|bild|foto|imagen)\\s+\\d+\\s*(?:of|/|von|de|sur)\\s*\\d+$");
    private static final Pattern AD_LABEL = Pattern.compile("(?i)^(?:advertisement|advertisements|advertising|advert|adverts|ad|ads|adchoices|ad choices|"
            + "sponsored|sponsored content|paid content|promoted|story continues below(?: advertisement)?|article "
            + "continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|"
            + "content continues below)$");
    private static final Pattern SHARE_LABEL = Pattern.compile("(?i)^(?:share|share this|share this (?:article|post|"
            + "story|page)|share (?:this |the )?(?:article |story |post |page )?(?:on|via|with|to) (?:facebook|twitter|x|"
            + "linkedin|whatsapp|pinterest|reddit|email|messenger|telegram)|tweet|pin it|email|close|"
            + "print|copy link|link copied|report error|report an error|save|save article|bookmark|listen|"
            + "listen to (?:this )?article|gift (?:this )?article|comments?|\\d+ comments?|leave a comment|"
            + "follow|follow us|subscribe|click to expand\\.*|back to (?:top|home|blog|all posts|articles|news|"
            + "the blog)|sign up|sign in|log in|sign up or log in|register|register now|get started|contact us|"
            + "contact sales|apply now|start (?:your )?free trial|add to (?:cart|basket|bag|wishlist)|buy now|"
            + "ask question|reply|reply with quote|quote|report|like|permalink|share (?:this )?(?:article|post|story)|"
            + "back to (?:all )?(?:posts|blogs?|articles|stories|news)|follow (?:me|us) on \\S+(?: \\S+)?|"
            + "join the (?:conversation|discussion)|was (?:this|the) (?:article|post|page) (?:useful|helpful)\\??|"
            + "end of (?:the )?article|sign up for (?:our |the )?newsletters?|subscribe to (?:our |the )?newsletters?|"
            + "related searches|edit this page|edit (?:this page )?on github|download now|show more\\s*\\+?|show less|"
            + "see (?:all )?plans|add to list)[:.!]?$");
    /** "© 2025 Example Ltd. All rights reserved.": a copyright line. */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(?:copyright\\s*)?(?:©|\\(c\\))\\s*\\S.*|^copyright\\s+(?:\\d{4}|©).*|.*\\ball rights reserved\\.?$");
    /** "Previous article: …", "Next post …": the links between a blog's posts. */
    private static final Pattern POST_NAVIGATION = Pattern.compile(
            "(?i)^(?:«\\s*|‹\\s*)?(?:previous|next|older|newer)\\s+(?:article|post|story|entry)\\b.*");
    /** The labels of a forum poster's details: "Joined", "Posts: 1,204", "Reaction score". */
    private static final Pattern POSTER_DETAIL = Pattern.compile("(?i)^(?:joined|posts|messages|reaction score|"
            + "reactions|likes|likes received|points|trophy points|solutions|discussion starter|original poster|"
            + "thread starter|op|member|new member|senior member|well-known member)\\s*:?\\s*[\\d,.]*k?$");
    /** "5 min read", "11 minute read", "Reading time: 4 minutes". */
    private static final Pattern READING_TIME = Pattern.compile("(?i)^(?:(?:estimated )?reading time\\s*:?\\s*)?"
            + "(?:\\d+|less than a|under a)\\s*(?:-\\s*)?(?:min(?:ute)?s?|mins?\\.?)(?:\\s+(?:read|reading|to read))?$");

    private PageFurniture() {
    }

    /** Why {@code e} (of kind {@code tag}) is furniture, or {@code null} if it is not. */
    static String reason(Element e, Tag tag) {
        if (e.attributesSize() > 0) {
            String cls = e.className();
            if (!cls.isEmpty() && isMobileOnly(cls) && !isCollapsedAnswer(e, cls)) {
                return "hidden duplicate (mobile copy)";
            }
            String byClass = byWords(e);
            if (byClass != null) {
                int limit = byClass.equals("photo credit") ? CREDIT_LINE : CLASS_LIMIT;
                String text = visibleText(e, limit + 1);
                if (text != null && text.length() <= limit) {
                    return byClass;
                }
            }
        }
        if (tag == Tag.INLINE || tag == Tag.HEADING && Tag.headingLevel(e) == 1) {
            return null;
        }
        if (tag == Tag.LIST && isSamePageLinks(e)) {
            return "table of contents";
        }
        if ((tag == Tag.LIST || tag == Tag.CONTAINER) && isLinkBox(e) && !followsLeadIn(e)) {
            return "list of links";
        }
        String text = visibleText(e, SHORT_LINE + 1);
        if (text == null || text.isEmpty() || text.length() > SHORT_LINE) {
            return null;
        }
        if (AD_LABEL.matcher(text).matches()) {
            return "advertisement label";
        }
        if (SHARE_LABEL.matcher(text).matches()) {
            return "share or action label";
        }
        if (RATING_TEXT.matcher(text).find()) {
            return "rating widget";
        }
        if (text.length() <= CREDIT_LINE && (CREDIT_TEXT.matcher(text).matches()
                || AGENCY_CREDIT.matcher(text).find() && text.split("\\s+").length <= CREDIT_WORDS)) {
            return "photo credit";
        }
        if (GALLERY_COUNTER.matcher(text).matches()) {
            return "gallery counter";
        }
        if (isShoutedLink(e, text)) {
            return "promotion";
        }
        if (POST_NAVIGATION.matcher(text).matches() && e.selectFirst("a[href]") != null) {
            return "post navigation";
        }
        if (COPYRIGHT.matcher(text).matches()) {
            return "copyright notice";
        }
        if (READING_TIME.matcher(text).matches()) {
            return "reading time";
        }
        if (tag == Tag.HEADING) {
            return null;
        }
        if (POSTER_DETAIL.matcher(text).matches()) {
            return "post meta";
        }
        if (BYLINE_TEXT.matcher(text).matches() && text.length() <= 100 && !text.endsWith(".")) {
            return "byline";
        }
        if (DATE_TEXT.matcher(text).matches() || LEADING_DATE_LABEL.matcher(text).matches() && text.length() <= 80) {
            return "date";
        }
        return null;
    }

    /**
     * True if a class value shows the element only on small screens: a mobile-only class, or a plain hidden class
     * with no class that shows it on wider screens.
     */
    private static boolean isMobileOnly(String classValue) {
        String cls = classValue.toLowerCase(Locale.ROOT);
        boolean hidden = false;
        for (String c : cls.split("\\s+")) {
            if (MOBILE_ONLY.contains(c)) {
                return true;
            }
            hidden |= HIDDEN.contains(c);
        }
        return hidden && !SHOWN_ON_DESKTOP.matcher(cls).find();
    }

    /**
     * True for a box hidden by a plain hidden class (no mobile-only class), right after the button that opens it,
     * that holds a paragraph of prose: the collapsed answer of an FAQ, which a reader opens, not a copy of something
     * shown elsewhere.
     */
    private static boolean isCollapsedAnswer(Element e, String classValue) {
        for (String c : classValue.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (MOBILE_ONLY.contains(c)) {
                return false;
            }
        }
        Element toggle = e.previousElementSibling();
        if (toggle == null || !(toggle.normalName().equals("button") || toggle.hasAttr("aria-expanded")
                || toggle.attr("role").equals("button"))) {
            return false;
        }
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= PROSE_RUN) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a line that is one link written in capitals, of a few words at least: "CLICK HERE TO GET THE APP",
     * "'DANCING WITH THE STARS': SINGER CHANNELS HER BREAKUP" set between paragraphs to send readers elsewhere.
     */
    private static boolean isShoutedLink(Element e, String text) {
        if (text.split("\\s+").length < SHOUT_WORDS) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        if (letters < SHOUT_WORDS * 2) {
            return false;
        }
        Element link = e.selectFirst("a[href]");
        return link != null && link.text().strip().length() * 10 >= text.length() * 9;
    }

    /** Fewest words of a shouted link line. */
    private static final int SHOUT_WORDS = 4;

    /** Class names of the figures beside a forum post's author: "message-userExtras", "user-stats". */
    private static final Set<String> POSTER_STATS = Set.of("userextras", "userstats", "posterstats", "authorstats",
            "memberstats", "poststats", "postbitextras", "userextrainfo");

    /** Words of a class that name a picture's credit: "credit", "photo-credit", "Figure-credit". */
    private static final Set<String> CREDIT_OWNERS = Set.of("photo", "image", "img", "media", "caption", "figure",
            "pic", "picture", "wp", "credit", "credits");

    /** True for a class or id that names a credit: "credit" alone, or after a word for a picture or caption. */
    private static boolean isCreditName(List<String> tokens) {
        int at = tokens.indexOf("credit") >= 0 ? tokens.indexOf("credit") : tokens.indexOf("credits");
        if (at < 0 || at != tokens.size() - 1) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (!CREDIT_OWNERS.contains(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The reason the words of a class or id give, or null. */
    private static String byWords(Element e) {
        String reason = byWords(e.className());
        return reason != null ? reason : byWords(e.id());
    }

    private static String byWords(String value) {
        if (value.isEmpty()) {
            return null;
        }
        for (String name : value.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (name.isEmpty()) {
                continue;
            }
            List<String> tokens = Chrome.tokens(name);
            String whole = String.join("-", tokens);
            String squashed = String.join("", tokens);
            if (TOC_WORDS.contains(whole) || TOC_WORDS.contains(squashed) || tokens.contains("toc")
                    || squashed.contains("tableofcontents")) {
                return "table of contents";
            }
            if (BIO_WORDS.contains(whole) || BIO_WORDS.contains(squashed)
                    || (tokens.contains("author") && (tokens.contains("bio") || tokens.contains("box")
                            || tokens.contains("about") || tokens.contains("card")))) {
                return "author bio";
            }
            if (RATING_WORDS.contains(whole) || RATING_WORDS.contains(squashed)) {
                return "rating widget";
            }
            if (TAG_WORDS.contains(whole) || TAG_WORDS.contains(squashed)
                    || (tokens.size() == 2 && tokens.get(1).equals("tags"))) {
                return "tags";
            }
            if (BYLINE_WORDS.contains(whole) || BYLINE_WORDS.contains(squashed)
                    || tokens.contains("byline") || tokens.contains("bylines")
                    || (tokens.size() == 2 && BYLINE_WORDS.contains(tokens.get(1)))) {
                return "byline";
            }
            if (DATE_WORDS.contains(whole) || DATE_WORDS.contains(squashed)
                    || (tokens.size() == 2 && (tokens.get(1).equals("date") || tokens.get(0).equals("date")))) {
                return "date";
            }
            if (tokens.size() == 2 && META_OWNERS.contains(tokens.get(0)) && META_WORDS.contains(tokens.get(1))) {
                return "post meta";
            }
            if (isCreditName(tokens)) {
                return "photo credit";
            }
            if (!tokens.isEmpty() && (POSTER_STATS.contains(squashed)
                    || POSTER_STATS.contains(tokens.get(tokens.size() - 1)))) {
                return "post meta";
            }
        }
        return null;
    }

    /**
     * True for a list of at least three links of which nearly all point into the same page and which holds little
     * else: a table of contents.
     */
    private static boolean isSamePageLinks(Element list) {
        int links = 0;
        int anchors = 0;
        for (Element a : list.getElementsByTag("a")) {
            if (!Tag.isLink(a)) {
                continue;
            }
            links++;
            if (a.attr("href").startsWith("#") && a.attr("href").length() > 1) {
                anchors++;
            }
        }
        return links >= 3 && anchors * 10 >= links * 9;
    }

    /**
     * True for a box of at least three links whose text is nearly all link text, with no sentence of its own: a
     * list of other pages (a topic stack, a link roundup in a sidebar), not prose.
     */
    private static boolean isLinkBox(Element e) {
        int[] counts = new int[3]; // links, link chars, all chars
        boolean[] prose = {false};
        NodeTraversor.filter(new NodeFilter() {
            private int inLink;
            private int run;
            private int nodes;

            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes > MAX_NODES) {
                    prose[0] = true; // too big to be a box of links; and the count stays linear on deep pages
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    int chars = t.getWholeText().strip().length();
                    counts[2] += chars;
                    if (inLink > 0) {
                        counts[1] += chars;
                    } else {
                        run += chars;
                        if (run >= PROSE_RUN) {
                            prose[0] = true;
                            return FilterResult.STOP;
                        }
                    }
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element el && el != e) {
                    Tag tag = Tag.of(el);
                    if (tag == Tag.SKIP || Chrome.isHidden(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (Tag.isLink(el)) {
                        inLink++;
                        counts[0]++;
                    } else if (tag.isBlock()) {
                        run = 0;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el != e && Tag.isLink(el)) {
                    inLink--;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return !prose[0] && counts[0] >= 3 && counts[1] * 10L >= counts[2] * 7L;
    }

    /** True if the element comes right after text ending in a colon: the list a lead-in announces. */
    private static boolean followsLeadIn(Element e) {
        Element previous = e.previousElementSibling();
        if (previous == null) {
            return false;
        }
        String text = previous.text().strip();
        return text.endsWith(":");
    }

    /**
     * The element's visible text, whitespace collapsed, cut after {@code limit} chars; null when the element has more
     * nodes than this class looks at before the limit is reached (too big to be furniture).
     */
    private static String visibleText(Element root, int limit) {
        StringBuilder text = new StringBuilder();
        return collect(root, limit, text) ? text.toString().strip() : null;
    }

    /** The start of the element's visible text, whitespace collapsed, to show a user: at most about {@code limit}. */
    static String shownText(Element root, int limit) {
        StringBuilder text = new StringBuilder();
        collect(root, limit, text);
        return text.toString().strip();
    }

    /**
     * Appends the element's visible text to {@code text}, whitespace collapsed, until it is longer than
     * {@code limit}; false if it stopped at {@link #MAX_NODES} nodes first.
     */
    private static boolean collect(Element root, int limit, StringBuilder text) {
        boolean[] complete = {true};
        NodeTraversor.filter(new NodeFilter() {
            private int nodes;

            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes > MAX_NODES) {
                    complete[0] = false;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (Character.isWhitespace(c) || c == '\u00A0') {
                            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                                text.append(' ');
                            }
                        } else {
                            text.append(c);
                        }
                    }
                    return text.length() > limit ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                if (node instanceof Element el && el != root) {
                    Tag tag = Tag.of(el);
                    if (tag == Tag.SKIP || Chrome.isHidden(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag != Tag.INLINE && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return complete[0];
    }
}
