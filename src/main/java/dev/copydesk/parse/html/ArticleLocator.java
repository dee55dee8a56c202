package dev.copydesk.parse.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article in a full page.
 *
 * <ol>
 *   <li>Markup that names the article, in this order: {@code [itemprop=articleBody]}, {@code <article>},
 *       {@code <main>} or {@code [role=main]}, the content classes of common CMSs ({@code entry-content},
 *       {@code article-body}, {@code story-body} …), then generic ones ({@code #content}, {@code .content}). Among
 *       several matches of one step the one with the most text wins; a match is accepted only if it holds at least
 *       a fifth of the page's text (half for the generic names), so an empty {@code <main>} shell or a teaser card
 *       does not hide the story.</li>
 *   <li>Failing that, text density: the element holding the most paragraph text, closer paragraphs weighing more
 *       (see {@link TextScores}), is the story's body; if it holds less than half the page's text (a how-to cut
 *       into one box per step), its nearest ancestor that does. When the story's {@code h1} is outside it, it is
 *       widened to the nearest ancestor holding that headline, provided that adds no more than a quarter more
 *       text (a standfirst, a byline), so the story's top is not lost and a sidebar or comment thread is not taken
 *       in.</li>
 * </ol>
 * A page with no readable text at all is its whole body.
 */
final class ArticleLocator {

    /** One step of the search: a selector and the share of the page's text (percent) a match must hold. */
    private record Step(String selector, int minPercent) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("[itemprop=articleBody]", 20),
            new Step("article", 20),
            new Step("main, [role=main]", 20),
            new Step(".entry-content, .post-content, .article-body, .article-content, .story-body, .post-body, "
                    + ".content-body, .article__body, .c-entry-content, .article-text, .story-content, .entry-body, "
                    + ".post-entry, .blog-post, #article-body, #story-body, #article, #story", 20),
            // Generic names are also used for small boxes (a step of a how-to, a card): ask for half the text.
            new Step("#content, .content, #main-content, .main-content, #main", 50));

    private ArticleLocator() {
    }

    static Element locate(Element body) {
        TextScores scores = TextScores.of(body);
        int total = scores.subtree(body);
        if (total == 0) {
            return body;
        }
        for (Step step : STEPS) {
            Element best = null;
            int bestScore = 0;
            for (Element candidate : body.select(step.selector())) {
                int score = scores.subtree(candidate);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best != null && bestScore * 100L >= (long) total * step.minPercent()) {
                return best;
            }
        }
        return densest(body, scores);
    }

    private static Element densest(Element body, TextScores scores) {
        Element holder = null;
        double best = 0;
        for (Element e : scores.candidates()) {
            double weight = scores.weight(e);
            if (weight > best) {
                holder = e;
                best = weight;
            }
        }
        if (holder == null) {
            return body;
        }
        // A story cut into many small boxes (the steps of a how-to) has no one box holding most of it.
        int total = scores.subtree(body);
        Element region = holder;
        while (scores.subtree(region) * 2L < total && region != body && region.parent() != null) {
            region = region.parent();
        }
        return withHeadline(region, body, scores);
    }

    /**
     * The holder of the paragraphs, or when its headline sits outside it, the nearest ancestor that has the headline
     * and adds no more than a quarter more text.
     */
    private static Element withHeadline(Element holder, Element body, TextScores scores) {
        Set<Element> holdingHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element h1 : scores.headlines()) {
            // Marks each ancestor once: where another headline's ancestors are marked, the rest are too.
            Element e = h1.parent();
            while (e != null && holdingHeadline.add(e)) {
                e = e.parent();
            }
        }
        if (holdingHeadline.contains(holder)) {
            return holder;
        }
        long limit = scores.subtree(holder) * 5L / 4;
        for (Element e = holder.parent(); e != null && scores.subtree(e) <= limit; e = e.parent()) {
            if (holdingHeadline.contains(e)) {
                return e;
            }
            if (e == body) {
                break;
            }
        }
        return holder;
    }
}
