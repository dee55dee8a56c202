package dev.copydesk.parse;

import static dev.copydesk.parse.HtmlTesting.outline;
import static dev.copydesk.parse.HtmlTesting.parse;
import static dev.copydesk.parse.HtmlTesting.source;
import static dev.copydesk.parse.HtmlTesting.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Document;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.source.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRelatedLinksTest {

    private static final String STORY = "<h1>The story</h1><p>Story paragraph one has plenty of words to count as the"
            + " article's own prose, and then some more.</p><p>Story paragraph two is long enough as well, so the"
            + " article is clearly the main text of this page.</p>";

    @Test
    void asideOfCardsWithExcerpts() {
        Document doc = parse("""
                <html><body><article>%s
                <aside class="related-posts">
                  <h2>Related posts</h2>
                  <article class="card"><a href="/one"><img src="1.jpg" alt=""></a>
                    <h3><a href="/one">First related</a></h3><p>Excerpt &amp; one.</p></article>
                  <article class="card"><h3><a href="/two">Second related</a></h3><p>Excerpt two.</p></article>
                </aside>
                </article></body></html>
                """.formatted(STORY));

        List<RelatedLinks> regions = doc.relatedLinks();
        assertThat(regions).hasSize(1);
        RelatedLinks related = regions.get(0);
        assertThat(doc.blocks().get(doc.blocks().size() - 1)).isSameAs(related);
        assertThat(source(doc, related)).startsWith("<aside class=\"related-posts\">").endsWith("</aside>");
        assertThat(related.heading().text()).isEqualTo("Related posts");

        assertThat(related.items()).hasSize(2);
        RelatedItem first = related.items().get(0);
        assertThat(first.title().text()).isEqualTo("First related");
        assertThat(first.target()).isEqualTo("/one");
        assertThat(first.teaser().text()).isEqualTo("Excerpt & one.");
        assertThat(doc.source().slice(first.span())).startsWith("<article class=\"card\">").endsWith("</article>");
        assertThat(where(doc, first.title(), "related")).isEqualTo(new Position(5, 30));
        assertThat(where(doc, first.teaser(), "one")).isEqualTo(new Position(5, 63));
        assertThat(related.items().get(1).text()).isEqualTo("Second related Excerpt two.");
    }

    @Test
    void sectionHeadedYouMayAlsoLike() {
        Document doc = parse(STORY + """
                <section><h2>You may also like</h2>
                  <ul><li><a href="/a">Alpha</a></li><li><a href="/b">Beta</a></li></ul></section>
                """);

        RelatedLinks related = doc.relatedLinks().get(0);
        assertThat(related.heading().text()).isEqualTo("You may also like");
        assertThat(related.items()).extracting(RelatedItem::title).extracting(Object::toString)
                .containsExactly("Alpha", "Beta");
        assertThat(related.items()).extracting(RelatedItem::target).containsExactly("/a", "/b");
        assertThat(outline(doc)).hasSize(4);
    }

    @Test
    void listWithARelatedClass() {
        Document doc = parse(STORY + """
                <ul class="related"><li><a href="/x">X story</a> <span>2 days ago</span></li>
                <li><a href="/y">Y story</a></li></ul>
                """);

        RelatedLinks related = doc.relatedLinks().get(0);
        assertThat(related.heading().isEmpty()).isTrue();
        RelatedItem item = related.items().get(0);
        assertThat(item.title().text()).isEqualTo("X story");
        assertThat(item.teaser().text()).isEqualTo("2 days ago");
        assertThat(doc.source().slice(item.span())).isEqualTo("<li><a href=\"/x\">X story</a> <span>2 days ago</span></li>");
    }

    @Test
    void oneLinkKnownOnlyByAClassIsNoRegion() {
        Document doc = parse(STORY + """
                <ul class="related"><li><a href="/x">X story</a></li></ul>
                """);

        assertThat(doc.relatedLinks()).isEmpty();
    }

    @Test
    void headingFollowedByAListInTheArticle() {
        Document doc = parse(STORY + "<h3>Read next:</h3>\n<ol><li><a href=/n>Next one</a></li></ol><p>The end.</p>");

        RelatedLinks related = doc.relatedLinks().get(0);
        assertThat(related.heading().text()).isEqualTo("Read next:");
        assertThat(source(doc, related)).isEqualTo("<h3>Read next:</h3>\n<ol><li><a href=/n>Next one</a></li></ol>");
        assertThat(outline(doc)).last().isEqualTo("p: The end.");
    }

    @Test
    void trendingSidebarOutsideTheArticleIsAddedInSourceOrder() {
        Document doc = parse("""
                <html><body>
                <div class="layout">
                  <div class="sidebar"><div class="widget"><h3 class="widget-title">Trending</h3>
                    <ul><li><a href="/t1">Hot topic</a></li><li><a href="/t2">Another hot topic</a></li></ul>
                  </div><div class="widget"><h3>About</h3><p>We write things.</p></div></div>
                  <article>%s</article>
                  <footer><div class="most-popular"><h4>Most popular</h4><a href="/p">Popular page</a></div></footer>
                </div>
                </body></html>
                """.formatted(STORY));

        assertThat(doc.relatedLinks()).hasSize(1);
        RelatedLinks trending = doc.relatedLinks().get(0);
        assertThat(doc.blocks().get(0)).isSameAs(trending);
        assertThat(trending.heading().text()).isEqualTo("Trending");
        assertThat(trending.items()).extracting(RelatedItem::target).containsExactly("/t1", "/t2");
        assertThat(source(doc, trending)).startsWith("<div class=\"widget\"><h3").endsWith("</ul>\n  </div>");
        assertThat(outline(doc).subList(1, 4)).allMatch(s -> s.startsWith("h1") || s.startsWith("p: Story"));
    }

    @Test
    void menusAreNeverRelatedRegions() {
        Document doc = parse("<html><body><nav><h2>Trending</h2><ul><li><a href=/a>A</a></li></ul></nav>"
                + "<header><div class=\"related-links\"><a href=/b>B</a></div></header>"
                + "<article>" + STORY + "</article></body></html>");

        assertThat(doc.relatedLinks()).isEmpty();
    }

    @Test
    void sectionOfTipsIsArticleProse() {
        Document doc = parse(STORY + """
                <section class="tips"><h2>More tips</h2>
                  <p>Drink water before you feel thirsty.</p><p>Sleep at regular hours.</p></section>
                <section><h2>More information</h2>
                  <p>See <a href="/guide">our guide</a> for the details of every step we described above.</p></section>
                """);

        assertThat(doc.relatedLinks()).isEmpty();
        assertThat(outline(doc)).contains("h2: More tips", "p: Drink water before you feel thirsty.",
                "h2: More information");
    }

    @Test
    void regionIsOneBlock() {
        Document doc = parse(STORY + "<div id=\"related\"><p><a href=/a>First</a></p><p><a href=/b>Second</a></p></div>");

        assertThat(doc.blocks()).filteredOn(b -> b instanceof Paragraph)
                .noneMatch(b -> ((Paragraph) b).text().text().equals("First"));
        assertThat(doc.relatedLinks().get(0).items()).extracting(RelatedItem::target).containsExactly("/a", "/b");
    }
}
