package dev.copydesk.parse;

import static dev.copydesk.parse.HtmlTesting.outline;
import static dev.copydesk.parse.HtmlTesting.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Document;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Related-links regions known by their shape: a short heading over links titled like articles. */
class HtmlRelatedShapesTest {

    private static final String ONE = "Story paragraph one has plenty of words to count as the article's own prose.";
    private static final String TWO = "Story paragraph two is also long enough to be read as the main article text.";
    private static final String THREE = "Story paragraph three closes the story with a last long sentence or two.";
    private static final String STORY = "<h1>The story</h1><p>" + ONE + "</p><p>" + TWO + "</p><p>" + THREE + "</p>";

    private static String links(String prefix, String... titles) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < titles.length; i++) {
            out.append("<li><a href=\"/").append(prefix).append(i).append("\">").append(titles[i]).append("</a></li>");
        }
        return out.toString();
    }

    private static final String[] HEADLINES = {"Three episodes of the new series arrive this Friday",
        "How the custom chip and the phone were designed together", "The new laptop is built to blaze through work",
        "Inside the evolution of phone gaming as a service"};

    private static List<String> headings(Document doc) {
        return doc.relatedLinks().stream().map(r -> r.heading().text()).toList();
    }

    @Test
    void sidebarWidgetsInsideABroadContentBoxAreRegionsAndTheStoryStays() {
        Document doc = parse("""
                <html><body><div id="content">
                  <div class="story">%s</div>
                  <div class="right-col">
                    <div class="mod"><h1>Apple Headlines</h1><ul>%s</ul></div>
                    <div class="mod"><h1>Forum Topics</h1><ul>%s</ul></div>
                  </div>
                </div></body></html>
                """.formatted(STORY, links("h", HEADLINES), links("f", HEADLINES)));

        assertThat(headings(doc)).containsExactly("Apple Headlines", "Forum Topics");
        assertThat(doc.relatedLinks()).allSatisfy(r -> {
            assertThat(r.basis()).isEqualTo(RelatedLinks.Basis.SHAPE);
            assertThat(r.items()).hasSize(4);
        });
        assertThat(outline(doc)).startsWith("h1: The story", "p: " + ONE, "p: " + TWO, "p: " + THREE);
    }

    @Test
    void aWidgetWrittenAsAListItemWithAWrappedHeading() {
        Document doc = parse("""
                <html><body><article>%s</article>
                <ul class="widgets">
                  <li class="widget"><div class="hd"><span>Around the region</span></div><ul>%s</ul></li>
                </ul></body></html>
                """.formatted(STORY, links("r", HEADLINES)));

        assertThat(doc.relatedLinks()).singleElement().satisfies(r -> {
            assertThat(r.heading().text()).isEqualTo("Around the region");
            assertThat(r.items()).extracting(RelatedItem::target).containsExactly("/r0", "/r1", "/r2", "/r3");
        });
    }

    @Test
    void storyCardsWithoutAHeadingAfterTheArticleAreARegionButNotBeforeIt() {
        String cards = """
                <div class="stories">
                  <div class="Story"><a href="/s1"><h4>Police seal off a major square after a warning</h4></a></div>
                  <div class="Story"><a href="/s2"><h4>The city will drown, says an expert amid the flooding</h4></a></div>
                  <div class="Story"><a href="/s3"><h4>A major discovery sparks a bidding war over a ring</h4></a></div>
                  <div class="Story"><a href="/s4"><h4>An emotional video marks the launch of a new journal</h4></a></div>
                </div>""";
        Document after = parse("<html><body><article>" + STORY + "</article>" + cards + "</body></html>");
        Document before = parse("<html><body>" + cards + "<article>" + STORY + "</article></body></html>");

        assertThat(after.relatedLinks()).singleElement().satisfies(r -> {
            assertThat(r.heading().text()).isEmpty();
            assertThat(r.items()).hasSize(4);
        });
        assertThat(before.relatedLinks()).isEmpty();
    }

    @Test
    void titlesInScriptsWithoutSpacesAreMeasuredInCharacters() {
        Document titled = parse("<html><body><article>" + STORY + "</article><div class=\"side\"><h3>栏目精粹</h3><ul>"
                + links("z", "苹果手表销量大跌背后有哪些原因", "暴风魔镜在激进的路上摔了一跤", "工业遗迹的二次生命正在开始")
                + "</ul></div></body></html>");
        Document labels = parse("<html><body><article>" + STORY + "</article><div class=\"side\"><h3>频道</h3><ul>"
                + links("c", "新闻", "体育", "财经", "科技") + "</ul></div></body></html>");

        assertThat(headings(titled)).containsExactly("栏目精粹");
        assertThat(labels.relatedLinks()).isEmpty();
    }

    @Test
    void aTableOfContentsIsNoRegion() {
        Document doc = parse("<html><body><article>" + STORY + "</article><div><h3>On this page</h3><ul>"
                + "<li><a href=\"#why\">Why the new rules matter to every reader</a></li>"
                + "<li><a href=\"#how\">How the new rules will be applied this year</a></li>"
                + "<li><a href=\"#when\">When the new rules take effect for everyone</a></li></ul></div></body></html>");

        assertThat(doc.relatedLinks()).isEmpty();
    }

    @Test
    void aBoxHoldingTwoWidgetsGivesTwoRegionsNotOne() {
        Document doc = parse("""
                <html><body><article>%s</article>
                <div class="rail"><div class="title">Company Town</div><ul>%s</ul>
                  <h3>Most popular</h3><ul>%s</ul></div>
                </body></html>
                """.formatted(STORY, links("a", HEADLINES[0], HEADLINES[1], HEADLINES[2]),
                links("b", HEADLINES[1], HEADLINES[2], HEADLINES[3])));

        assertThat(doc.relatedLinks()).noneSatisfy(r -> assertThat(r.items()).hasSizeGreaterThan(3));
    }

    @Test
    void aPageOfCardsKeepsItsCardsAsItsContent() {
        String section = """
                <section><h2>%s</h2>
                  <div class="card"><h3><a href="/%s1">The best monitor arms we tested this year</a></h3>
                    <p>We researched and tested more than a dozen monitor arms and stands to find the best.</p></div>
                  <div class="card"><h3><a href="/%s2">The best ergonomic keyboard for most people</a></h3>
                    <p>Ergonomic keyboards can make typing more comfortable for long working days.</p></div>
                  <div class="card"><h3><a href="/%s3">The best tripod for phones and small cameras</a></h3>
                    <p>A flexible tripod and a good mount steady your phone for photos and video.</p></div>
                </section>""";
        Document doc = parse("<html><body><main><h1>Electronics</h1>"
                + section.formatted("Accessories", "a", "a", "a") + section.formatted("Audio", "b", "b", "b")
                + section.formatted("Cameras", "c", "c", "c") + "</main></body></html>");

        assertThat(doc.relatedLinks()).isEmpty();
        assertThat(outline(doc)).contains("h2: Accessories", "h2: Audio", "h2: Cameras");
    }
    @Test
    void aCardWhoseOnlyLinkHoldsAnImageIsTitledByItsHeading() {
        Document doc = parse("""
                <html><body><article>%s</article>
                <aside class="related-posts"><h2>Read this next</h2>
                  <div class="card"><a href="/one"><img src="1.jpg" alt=""></a><h4>The first story we picked</h4></div>
                  <div class="card"><a href="/two"><img src="2.jpg" alt=""></a><h4>The second story we picked</h4></div>
                </aside></body></html>
                """.formatted(STORY));

        assertThat(doc.relatedLinks()).singleElement().satisfies(r -> assertThat(r.items())
                .extracting(i -> i.title().text() + " -> " + i.target())
                .containsExactly("The first story we picked -> /one", "The second story we picked -> /two"));
    }

    @Test
    void anItemsTitleIsItsLongestLinkNotItsSectionLabel() {
        Document doc = parse("""
                <html><body><article>%s</article>
                <div class="rail"><div class="section-title">Trending stories</div>
                  <div class="story"><a href="/tech">Tech</a> <a href="/s1">Why the new phone sold out in a day</a></div>
                  <div class="story"><a href="/tech">Tech</a> <a href="/s2">The laptop that changed how we all work</a></div>
                  <div class="story"><a href="/biz">Business</a> <a href="/s3">What the merger means for the customers</a></div>
                </div></body></html>
                """.formatted(STORY));

        assertThat(doc.relatedLinks()).singleElement().satisfies(r -> {
            assertThat(r.heading().text()).isEqualTo("Trending stories");
            assertThat(r.items()).extracting(RelatedItem::target).containsExactly("/s1", "/s2", "/s3");
            assertThat(r.items().get(0).teaser().text()).isEqualTo("Tech");
        });
    }
    @Test
    void aShareBarIsNoRegionHoweverLongItsLabels() {
        Document doc = parse("<html><body><article>" + STORY + "</article><div class=\"sharedaddy sd-sharing\">"
                + "<h3 class=\"sd-title\">Share this:</h3><ul>"
                + links("share", "Click to email this to a friend (Opens in new window)",
                        "Click to share on Facebook (Opens in new window)",
                        "Click to share on Twitter (Opens in new window)") + "</ul></div></body></html>");

        assertThat(doc.relatedLinks()).isEmpty();
    }
    @Test
    void aFollowBarInsideAPlainBoxIsNoRegion() {
        Document doc = parse("<html><body><article>" + STORY + "</article><div class=\"section\">"
                + "<aside class=\"social-follow\"><h3>Follow The Daily</h3><ul>"
                + "<li><a href=\"https://facebook.example/daily\"><svg><title>Facebook icon</title></svg>"
                + "Follow the paper on Facebook today</a></li>"
                + "<li><a href=\"https://x.example/daily\"><svg><title>X icon</title></svg>"
                + "Follow the paper on X for the news</a></li>"
                + "<li><a href=\"https://instagram.example/daily\">Follow the paper on Instagram for photos</a></li>"
                + "</ul></aside></div></body></html>");

        assertThat(doc.relatedLinks()).isEmpty();
    }

    @Test
    void aSidebarWhoseWidgetsAreHeadedByTitleClassesGivesOneRegionPerWidget() {
        Document doc = parse("""
                <html><body><article>%s</article>
                <div id="secondary" class="widget-area"><span class="ad-label">Advertisement</span>
                  <div class="widget"><div class="block-title">Deals</div><div>%s</div></div>
                  <div class="widget"><div class="block-title">Reviews</div><div>%s</div></div>
                </div></body></html>
                """.formatted(STORY, cardLinks("d"), cardLinks("r")));

        assertThat(headings(doc)).containsExactly("Deals", "Reviews");
    }

    private static String cardLinks(String prefix) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < HEADLINES.length; i++) {
            out.append("<div class=\"post\"><a href=\"/").append(prefix).append(i).append("\">").append(HEADLINES[i])
                    .append("</a></div>");
        }
        return out.toString();
    }
    @Test
    void aRelatedHeadingWrappedInAHeaderBarNamesItsBox() {
        Document doc = parse("""
                <html><body><article>%s</article>
                <section class="blog"><div class="bar"><div class="heading-content"><span>Related reads</span></div>
                  <a class="all" href="/blog">All posts</a></div>
                  <div class="grid"><a href="/r1">Event scheduling</a><a href="/r2">Venue sourcing</a></div>
                </section></body></html>
                """.formatted(STORY));

        assertThat(doc.relatedLinks()).singleElement().satisfies(r -> {
            assertThat(r.heading().text()).isEqualTo("Related reads");
            assertThat(r.basis()).isEqualTo(RelatedLinks.Basis.NAMED);
        });
    }
    @Test
    void aBoxWithParagraphsBesideItsLinksIsNoRegionHoweverItsFirstLineReads() {
        Document doc = parse("""
                <html><body><article>%s</article>
                  <div class="wrap"><div class="title">Popular posts:</div>
                    <ul><li><a href="/p1">A no-knead focaccia for the holidays and beyond</a></li>
                      <li><a href="/p2">How to live in harmony with the deer in your garden</a></li></ul>
                    <div class="more"><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div>
                  </div>
                </body></html>
                """.formatted(STORY, ONE, TWO, THREE, TWO.replace("two", "four")));

        assertThat(doc.relatedLinks()).noneSatisfy(r -> assertThat(r.heading().text()).isEqualTo("Popular posts:"));
    }
    @Test
    void topicListsCommentThreadsAndContactBoxesAreNoRegions() {
        Document doc = parse("<html><body><article>" + STORY + "</article>"
                + "<div class=\"related\"><h3>Related Topics:</h3><ul>" + links("t", "Smart Phones", "Enterprise",
                        "Apple") + "</ul></div>"
                + "<section><h3>6 thoughts on “How to adopt a leader's mindset”</h3><ol>" + links("c",
                        "August 22, 2018 at 5:57 am by a reader who wrote", "August 23, 2018 at 9:12 am by another reader",
                        "August 24, 2018 at 1:30 pm by a third reader here") + "</ol></section>"
                + "<div><h3>Write to the team</h3><ul><li><a href=\"mailto:desk@example.org\">Write to the news desk"
                + " about a story</a></li><li><a href=\"mailto:tips@example.org\">Send us a tip about something we"
                + " missed</a></li><li><a href=\"tel:+15550100\">Call the newsroom any day of the week</a></li></ul>"
                + "</div></body></html>");

        assertThat(doc.relatedLinks()).isEmpty();
    }
}
