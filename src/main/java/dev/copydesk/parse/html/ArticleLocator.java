package dev.copydesk.parse.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element holding the article in a full page.
 *
 * <ol>
 *   <li>Markup that names the article, in this order: {@code [itemprop=articleBody]}, {@code <article>},
 *       {@code <main>} or {@code [role=main]}, the content classes of common CMSs ({@code entry-content},
 *       {@code article-body}, {@code story-body} …), then generic ones ({@code #content}, {@code .content}). Among
 *       several matches of one step the one with the most text wins; a match is accepted only if it holds at least
 *       a fifth of the page's text (half for the generic names), so an empty {@code <main>} shell or a teaser card
 *       does not hide the story. Where the winner has siblings of its kind holding as much text again (the posts
 *       of a forum thread), their parent is the article. Where the densest holder of the winner's paragraphs, with
 *       the siblings that score like it, holds between half and four fifths of its text, the rest being other
 *       stories or a sidebar, the story is that holder and those siblings.</li>
 *   <li>Failing that, text density: the element holding the most paragraph text, closer paragraphs weighing more
 *       (see {@link TextScores}), is the story's body; if it holds less than half the page's text (a how-to cut
 *       into one box per step), its nearest ancestor that does. When the story's {@code h1} is outside it, it is
 *       widened to the nearest ancestor holding that headline, provided that adds no more than a quarter more
 *       text (a standfirst, a byline), so the story's top is not lost and a sidebar or comment thread is not taken
 *       in.</li>
 * </ol>
 * A page with no readable text at all is its whole body.
 *
 * <p>Comment sections are chrome, except on a discussion thread: when markup does not name the article and the page's
 * comment sections hold twice as much text as the story found (four times when it holds 500 chars or more), the page
 * is read again with its comment sections as content ({@link Located#thread()}), and the posts of the thread, however
 * short, are its story.
 */
final class ArticleLocator {

    /** One step of the search: a selector and the share of the page's text (percent) a match must hold. */
    private record Step(String selector, int minPercent, boolean namesArticle) {

        Step(String selector, int minPercent) {
            this(selector, minPercent, true);
        }
    }

    private static final List<Step> STEPS = List.of(
            new Step("[itemprop=articleBody]", 20),
            new Step("article", 20),
            new Step("main, [role=main]", 20, false),
            new Step(".entry-content, .post-content, .article-body, .article-content, .story-body, .post-body, "
                    + ".content-body, .article__body, .c-entry-content, .article-text, .story-content, .entry-body, "
                    + ".post-entry, .blog-post, #article-body, #story-body, #article, #story", 20),
            // Generic names are also used for small boxes (a step of a how-to, a card): ask for half the text.
            new Step("#content, .content, #main-content, .main-content, #main", 50, false));

    /**
     * A story shorter than this (in non-blank chars) on a page whose comment sections hold {@link #THREAD_RATIO}
     * times as much text, or a longer one on a page whose comment sections hold {@link #THREAD_RATIO_LONG} times as
     * much, is a discussion thread's opening, and the thread is read with its posts.
     */
    private static final int THREAD_MAX_STORY = 500;
    private static final int THREAD_RATIO = 2;
    private static final int THREAD_RATIO_LONG = 4;

    private ArticleLocator() {
    }

    /**
     * The article: the element to walk, and the elements under it that are not part of the story (siblings of the
     * story's paragraphs that scored too low to join them), to be skipped wherever they are met. {@code core} is the
     * densest holder of the story's paragraphs under {@code root} (or {@code root} itself): boxes of links under
     * {@code root} but outside it are beside the story, not in it. {@code thread} says the page is a discussion
     * thread, its comment sections its content.
     */
    record Located(Element root, Set<Element> excluded, Element core, boolean thread) {

        Located(Element root, Set<Element> excluded) {
            this(root, excluded, root, false);
        }

        static Located whole(Element e) {
            return new Located(e, Set.of());
        }
    }

    static Located locate(Element body) {
        TextScores scores = TextScores.of(body);
        Found story = locate(body, scores, false);
        int found = text(story.located(), scores);
        // A short story that markup names as the article is a short post above its readers' comments.
        if (story.named() || !scores.sawComments()) {
            return withCore(story.located(), body, scores, false);
        }
        TextScores withComments = TextScores.of(body, true);
        int comments = withComments.subtree(body) - scores.subtree(body);
        if (comments <= (long) found * (found >= THREAD_MAX_STORY ? THREAD_RATIO_LONG : THREAD_RATIO)) {
            return withCore(story.located(), body, scores, false);
        }
        return withCore(locate(body, withComments, true).located(), body, withComments, true);
    }

    /**
     * The located story with its core: the heaviest holder of paragraphs under its root, when it holds at least half
     * of the root's text; else (a story cut into many boxes, a page of cards) the root.
     */
    private static Located withCore(Located located, Element body, TextScores scores, boolean thread) {
        Element root = located.root();
        Element core = root == body ? null : heaviest(root, body, scores);
        if (core == null || scores.subtree(core) * 2L < scores.subtree(root)) {
            core = root;
        }
        return new Located(root, located.excluded(), core, thread);
    }

    /** The text of a located story, in the chars {@code scores} counts. */
    private static int text(Located located, TextScores scores) {
        int kept = scores.subtree(located.root());
        for (Element e : located.excluded()) {
            kept -= scores.subtree(e);
        }
        return kept;
    }

    /** A located story, and whether markup naming the article ({@code <article>}, a content class) found it. */
    private record Found(Located located, boolean named) {
    }

    private static Found locate(Element body, TextScores scores, boolean thread) {
        int total = scores.subtree(body);
        if (total == 0) {
            return new Found(Located.whole(body), false);
        }
        for (Step step : STEPS) {
            Element best = null;
            int bestScore = 0;
            Elements matches = body.select(step.selector());
            for (Element candidate : matches) {
                int score = scores.subtree(candidate);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                continue;
            }
            Element posts = repeated(best, matches, scores, thread);
            if (posts != null && scores.subtree(posts) * 100L >= (long) total * step.minPercent()) {
                return new Found(Located.whole(posts), step.namesArticle());
            }
            if (bestScore * 100L >= (long) total * step.minPercent()) {
                return new Found(refine(best, body, scores), step.namesArticle());
            }
        }
        return new Found(spread(body, scores), false);
    }

    /**
     * The densest holder of paragraphs; when it holds less than half of the page's text (a story cut into one box
     * per step), its nearest ancestor that does.
     */
    private static Located spread(Element body, TextScores scores) {
        Element holder = heaviest(body, body, scores);
        if (holder == null) {
            return Located.whole(body);
        }
        int total = scores.subtree(body);
        Element region = holder;
        while (scores.subtree(region) * 2L < total && region != body && region.parent() != null) {
            region = region.parent();
        }
        return withHeadline(Located.whole(region), body, scores);
    }

    /**
     * The parent of {@code best} when it holds several matches like it (the posts of a forum thread, each an
     * {@code <article>}) that together hold at least as much text again as {@code best}, or in a known discussion
     * thread ({@code thread}) any text; else null.
     */
    private static Element repeated(Element best, Elements matches, TextScores scores, boolean thread) {
        Element parent = best.parent();
        if (parent == null) {
            return null;
        }
        String signature = signature(best);
        int others = 0;
        long text = 0;
        for (Element m : matches) {
            if (m != best && m.parent() == parent && signature(m).equals(signature)) {
                others++;
                text += scores.subtree(m);
            }
        }
        return others >= 1 && (thread ? text > 0 : text >= scores.subtree(best)) ? parent : null;
    }

    /** Tag name and first class: what the posts of one thread share. */
    private static String signature(Element e) {
        String cls = e.className().strip();
        int space = cls.indexOf(' ');
        return e.normalName() + "." + (space < 0 ? cls : cls.substring(0, space));
    }

    /**
     * Within an element that markup names as the article, the story itself: the densest holder of its paragraphs
     * with the siblings that score like it, when that leaves out a good part of the element's text (a sidebar or
     * a list of other stories inside the same {@code <article>}); else the element whole.
     */
    private static Located refine(Element scope, Element body, TextScores scores) {
        Located story = densest(scope, body, scores);
        int kept = text(story, scores);
        // Keep the whole element when the story holds most of its text, and also when it holds less than half: then
        // the story is cut into many boxes (the steps of a how-to, the columns of a page builder), not one box.
        long all = scores.subtree(scope);
        if (kept * 5L >= all * 4L || kept * 2L < all) {
            return Located.whole(scope);
        }
        return story;
    }

    /**
     * The densest holder of paragraphs under {@code scope}, joined by its siblings that score at least a fifth of it
     * or are paragraphs of prose (Readability's sibling rule), and widened to hold the story's headline.
     */
    private static Located densest(Element scope, Element body, TextScores scores) {
        Element holder = heaviest(scope, body, scores);
        if (holder == null) {
            return Located.whole(scope);
        }
        // A holder that is its parent's only element child says nothing its parent does not.
        while (holder != scope && holder.parent() != null && holder.parent().childrenSize() == 1) {
            holder = holder.parent();
        }
        Element parent = holder.parent();
        if (holder == scope || parent == null) {
            return withHeadline(Located.whole(holder), body, scores);
        }
        double threshold = Math.max(10, scores.weight(holder) / 5);
        Set<Element> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean joined = false;
        for (Element sibling = parent.firstElementChild(); sibling != null; sibling = sibling.nextElementSibling()) {
            if (sibling == holder) {
                continue;
            }
            if (scores.weight(sibling) >= threshold || isProseParagraph(sibling, scores)) {
                joined = true;
            } else {
                excluded.add(sibling);
            }
        }
        Located located = joined ? new Located(parent, excluded) : Located.whole(holder);
        return withHeadline(located, body, scores);
    }

    /** A {@code <p>} of prose: long enough, or ending a sentence, with little of it in links. */
    private static boolean isProseParagraph(Element e, TextScores scores) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        int text = scores.subtree(e);
        String own = e.text();
        return text >= 80 || (text > 0 && text * 4 >= own.replace(" ", "").length() * 3
                && (own.endsWith(".") || own.endsWith("!") || own.endsWith("?")));
    }

    /** The candidate under {@code scope} with the most weight (the first of equals), or null if there is none. */
    private static Element heaviest(Element scope, Element body, TextScores scores) {
        Element holder = null;
        double best = 0;
        for (Element e : scores.candidates()) {
            double weight = scores.weight(e);
            if (weight > best && (scope == body || Tag.isInside(e, scope))) {
                holder = e;
                best = weight;
            }
        }
        return holder;
    }

    /**
     * The holder of the paragraphs, or when its headline sits outside it, the nearest ancestor that has the headline
     * and adds no more than a quarter more text.
     */
    private static Located withHeadline(Located located, Element body, TextScores scores) {
        Element holder = located.root();
        Set<Element> holdingHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element h1 : scores.headlines()) {
            // Marks each ancestor once: where another headline's ancestors are marked, the rest are too.
            Element e = h1.parent();
            while (e != null && holdingHeadline.add(e)) {
                e = e.parent();
            }
        }
        if (holdingHeadline.isEmpty() || holdingHeadline.contains(holder)) {
            return located;
        }
        long limit = scores.subtree(holder) * 5L / 4;
        for (Element e = holder.parent(); e != null && scores.subtree(e) <= limit; e = e.parent()) {
            if (holdingHeadline.contains(e)) {
                return new Located(e, located.excluded());
            }
            if (e == body) {
                break;
            }
        }
        return located;
    }
}
