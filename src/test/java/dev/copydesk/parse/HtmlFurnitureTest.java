package dev.copydesk.parse;

import static dev.copydesk.parse.HtmlTesting.outline;
import static dev.copydesk.parse.HtmlTesting.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Document;
import dev.copydesk.document.RelatedLinks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page furniture set aside inside a whole page's article, each shape with a clean counter-example. */
class HtmlFurnitureTest {

    private static final String ONE = "Story paragraph one has plenty of words to count as the article's own prose.";
    private static final String TWO = "Story paragraph two is also long enough to be read as the main article text.";

    private static Document page(String article) {
        return parse("<html><body><article>" + article + "</article></body></html>");
    }

    private static List<String> furniture(Document doc) {
        return doc.furniture().stream().map(f -> f.reason() + ": " + f.text()).toList();
    }

    @Test
    void mobileCopiesAreSetAsideAndDesktopCopiesRead() {
        Document doc = page("<p>" + ONE + "</p>"
                + "<div class=\"md:hidden\"><p>Mobile copy of the block.</p></div>"
                + "<div class=\"hidden md:block\"><p>Desktop copy of the block.</p></div>"
                + "<div class=\"elementor-hidden-desktop\"><p>Another mobile copy.</p></div>");

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: Desktop copy of the block.");
        assertThat(furniture(doc)).containsExactly("hidden duplicate (mobile copy): Mobile copy of the block.",
                "hidden duplicate (mobile copy): Another mobile copy.");
    }

    @Test
    void aCopyHiddenOnlyOnPhonesIsReadAndACollapsedAnswerIsReadButAPlainHiddenBoxIsNot() {
        Document doc = page("<p>" + ONE + "</p>"
                + "<p class=\"d-none d-sm-block\">Shown from small screens up, so a reader at a desk sees it.</p>"
                + "<div class=\"faq\"><button aria-expanded=\"false\">How long does it take?</button>"
                + "<div class=\"hidden\"><p>" + TWO + " It takes as little as two or three months.</p></div></div>"
                + "<div class=\"hidden\"><p>A plain hidden box with no button to open it is not read.</p></div>");

        assertThat(outline(doc)).containsExactly("p: " + ONE,
                "p: Shown from small screens up, so a reader at a desk sees it.",
                "p: " + TWO + " It takes as little as two or three months.");
        assertThat(furniture(doc)).containsExactly(
                "hidden duplicate (mobile copy): A plain hidden box with no button to open it is not read.");
    }

    @Test
    void theBoxASkipLinkJumpsToIsContentButTheSkipLinkIsNot() {
        Document doc = page("<a class=\"skip-link\" href=\"#skip-to-content\">Skip to content</a>"
                + "<div id=\"skip-to-content\"><p>" + ONE + "</p><p>" + TWO + "</p><p>" + ONE.replace("one", "three")
                + "</p></div>");

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: " + TWO, "p: " + ONE.replace("one", "three"));
    }

    @Test
    void tableOfContentsBylineDateTagsAndRating() {
        Document doc = page("<h1>Title</h1><p>By Jane Doe</p><p>Updated March 3, 2025 at 10:15 am</p>"
                + "<ul><li><a href=\"#a\">Intro</a></li><li><a href=\"#b\">Dosing</a></li><li><a href=\"#c\">Risks</a>"
                + "</li></ul><p>" + ONE + "</p>"
                + "<div class=\"post-tags\"><a href=\"/t/a\">health</a> <a href=\"/t/b\">sleep</a></div>"
                + "<div>1 of 5 stars2 of 5 stars3 of 5 stars4 of 5 stars5 of 5 stars</div>");

        assertThat(outline(doc)).containsExactly("h1: Title", "p: " + ONE);
        assertThat(furniture(doc)).containsExactly("byline: By Jane Doe",
                "date: Updated March 3, 2025 at 10:15 am", "table of contents: Intro Dosing Risks",
                "tags: health sleep", "rating widget: 1 of 5 stars2 of 5 stars3 of 5 stars4 of 5 stars5 of 5 stars");
    }

    @Test
    void bylinesAndDatesInSentencesAreProse() {
        String sentence = "By March 3, 2025 the trial had enrolled more patients than planned, the team said.";
        Document doc = page("<p>" + ONE + "</p><p>" + sentence + "</p><p>By the end, everyone agreed.</p>");

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: " + sentence, "p: By the end, everyone agreed.");
        assertThat(doc.furniture()).isEmpty();
    }

    @Test
    void adAndShareLabelsAreSetAside() {
        Document doc = page("<p>" + ONE + "</p><div>Advertisement</div><p>Share this article</p><p>" + TWO
                + "</p>");

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: " + TWO);
        assertThat(furniture(doc)).containsExactly("advertisement label: Advertisement",
                "share or action label: Share this article");
    }

    @Test
    void photoCreditsGalleryCountersAndMoreLabelsAreSetAside() {
        Document doc = page("<p>" + ONE + "</p><p>Photo: Damian Dovarganes, AP</p>"
                + "<div class=\"Figure-credit\">(Walt Disney Co.)</div><p>Sanjeev Verma/Hindustan Times/Getty Images</p>"
                + "<span class=\"counter\"><p>Image 1 of 5</p></span><div>Advert</div><p>Share this on WhatsApp</p>"
                + "<p>" + TWO + "</p>");

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: " + TWO);
        assertThat(furniture(doc)).containsExactly("photo credit: Photo: Damian Dovarganes, AP",
                "photo credit: (Walt Disney Co.)", "photo credit: Sanjeev Verma/Hindustan Times/Getty Images",
                "gallery counter: Image 1 of 5", "advertisement label: Advert",
                "share or action label: Share this on WhatsApp");
    }

    @Test
    void readingTimesPosterDetailsAndActionLabelsAreSetAside() {
        Document doc = page("<div>11 min read</div><p>" + ONE + "</p><dl><dt>Joined</dt><dd>Feb 8, 2023</dd>"
                + "<dt>Posts</dt><dd>5</dd></dl><div>Click to expand...</div><div>Reply with quote</div>"
                + "<a href=\"/blog\" class=\"btn\"><div>Back to blog</div></a><p>" + TWO + "</p>");

        assertThat(outline(doc)).contains("p: " + ONE, "p: " + TWO).doesNotContain("p: 11 min read",
                "p: Click to expand...", "p: Reply with quote", "p: Back to blog");
        assertThat(furniture(doc)).contains("reading time: 11 min read",
                "share or action label: Click to expand...", "share or action label: Reply with quote");
    }

    @Test
    void aShoutedLinkBetweenParagraphsIsAPromotionButAShoutedSentenceIsNot() {
        Document doc = page("<p>" + ONE + "</p><p><a href=\"/app\"><strong>CLICK HERE TO GET THE NEWS APP</strong></a></p>"
                + "<p>NASA SAYS THE LAUNCH IS ON TIME FOR FRIDAY.</p><p><a href=\"/x\">Read the full report</a></p>");

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: NASA SAYS THE LAUNCH IS ON TIME FOR FRIDAY.",
                "p: Read the full report");
        assertThat(furniture(doc)).containsExactly("promotion: CLICK HERE TO GET THE NEWS APP");
    }

    @Test
    void callsToFollowOrShareAndLinksBetweenPostsAreSetAside() {
        Document doc = page("<p>" + ONE + "</p><div>Share Article:</div><p>Follow me on Instagram</p>"
                + "<div>Was this article helpful?</div><div><a href=\"/prev\">Previous article: New rust lint lands</a></div>"
                + "<p>" + TWO + "</p><p>The previous article in this series explained the lint in full.</p>"
                + "<p>© 2019 Associated Press. All Rights Reserved.</p><div>Edit this page</div>");

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: " + TWO,
                "p: The previous article in this series explained the lint in full.");
        assertThat(furniture(doc)).containsExactly("share or action label: Share Article:",
                "share or action label: Follow me on Instagram", "share or action label: Was this article helpful?",
                "post navigation: Previous article: New rust lint lands",
                "copyright notice: © 2019 Associated Press. All Rights Reserved.",
                "share or action label: Edit this page");
    }

    @Test
    void aForumPostersFiguresAreSetAsideAndAClassOfPunctuationIsHarmless() {
        Document doc = page("<div class=\"message-userExtras\"><dl class=\"pairs\"><dt>Joined</dt><dd>Feb 8, 2023"
                + "</dd></dl><dl class=\"pairs\"><dt>Location</dt><dd>Germany</dd></dl></div><p class=\"-\">" + ONE
                + "</p><p class=\"_ --\">" + TWO + "</p>");

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: " + TWO);
        assertThat(furniture(doc)).containsExactly("post meta: Joined Feb 8, 2023 Location Germany");
    }

    @Test
    void sentencesThatNameAnAgencyOrACreditCardAreProse() {
        Document doc = page("<p>" + ONE + "</p><p>The photo agency Getty Images said on Monday it would cut jobs"
                + " across Europe, according to Reuters.</p><div class=\"credit-card\"><p>Pay by credit card at the"
                + " desk.</p></div><p>Image 1 of 5 shows the river at dawn.</p>");

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: The photo agency Getty Images said on Monday it"
                + " would cut jobs across Europe, according to Reuters.", "p: Pay by credit card at the desk.",
                "p: Image 1 of 5 shows the river at dawn.");
    }

    @Test
    void aBoxOfLinksIsSetAsideButAListALeadInAnnouncesIsRead() {
        Document doc = page("<p>" + ONE + "</p>"
                + "<div><a href=\"/a\">Alpha guide</a> <a href=\"/b\">Beta guide</a> <a href=\"/c\">Gamma guide</a></div>"
                + "<p>Read these sources:</p>"
                + "<ul><li><a href=\"/s1\">First source</a></li><li><a href=\"/s2\">Second source</a></li>"
                + "<li><a href=\"/s3\">Third source</a></li></ul>");

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: Read these sources:",
                "list: [First source, Second source, Third source]");
        assertThat(furniture(doc)).containsExactly("list of links: Alpha guide Beta guide Gamma guide");
    }

    @Test
    void aFragmentIsReadAsWritten() {
        Document doc = parse("<p>By Jane Doe</p><p>" + ONE + "</p><p>Advertisement</p>");

        assertThat(outline(doc)).containsExactly("p: By Jane Doe", "p: " + ONE, "p: Advertisement");
        assertThat(doc.furniture()).isEmpty();
    }

    @Test
    void chromeInsideTheArticleIsRecordedWithItsReason() {
        Document doc = page("<p>" + ONE + "</p><div class=\"share-buttons\"><a href=\"/fb\">Facebook</a></div>");

        assertThat(furniture(doc)).containsExactly("share bar: Facebook");
    }

    @Test
    void aFormWrappingThePageIsReadButASearchFormIsNot() {
        Document doc = parse("<html><body><form action=\"/search\"><label>Search</label><input name=q></form>"
                + "<form id=\"aspnetForm\" method=\"post\"><div><p>" + ONE + "</p><p>" + TWO + "</p><p>" + ONE
                + "</p><p>" + TWO + "</p><p>" + ONE + "</p><p>" + TWO + "</p><p>" + ONE + "</p></div></form>"
                + "</body></html>");

        assertThat(outline(doc)).contains("p: " + ONE, "p: " + TWO).doesNotContain("p: Search");
    }

    @Test
    void aStreamedSegmentIsVisibleButAHiddenDivIsNot() {
        Document doc = parse("<html><body><div hidden id=\"S:0\"><article><p>" + ONE + "</p><p>" + TWO
                + "</p></article></div><div hidden><p>Never shown.</p></div></body></html>");

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: " + TWO);
    }

    @Test
    void aStackOfStoryLinksUnderASectionNameOutsideTheArticleIsARegion() {
        Document doc = parse("<html><body><article><p>" + ONE + "</p><p>" + TWO + "</p></article>"
                + "<section><h3>World</h3><ul>"
                + "<li><a href=\"/w1\">Why farmers may want to paint their cows with zebra stripes</a></li>"
                + "<li><a href=\"/w2\">Transcript of the interview with a North Korea expert</a></li>"
                + "<li><a href=\"/w3\">Tom Hanks discovers he is related to Mister Rogers</a></li></ul></section>"
                + "<div><h3>Sections</h3><ul><li><a href=\"/us\">U.S.</a></li><li><a href=\"/world\">World</a></li>"
                + "<li><a href=\"/tech\">Tech</a></li></ul></div>"
                + "</body></html>");

        List<RelatedLinks> regions = doc.relatedLinks();
        assertThat(regions).hasSize(1);
        assertThat(regions.get(0).heading().text()).isEqualTo("World");
        assertThat(regions.get(0).basis()).isEqualTo(RelatedLinks.Basis.SHAPE);
        assertThat(regions.get(0).items()).extracting(i -> i.target()).containsExactly("/w1", "/w2", "/w3");
    }

    @Test
    void newCuesNameRegions() {
        for (String heading : List.of("Recent Posts", "Latest news", "Top reads today", "Read this next",
                "More from Wired", "People also like", "Popular shopping", "Around the web", "Similar threads")) {
            Document doc = parse("<html><body><article><p>" + ONE + "</p></article><aside><h3>" + heading
                    + "</h3><ul><li><a href=\"/a\">A</a></li><li><a href=\"/b\">B</a></li></ul></aside></body></html>");

            assertThat(doc.relatedLinks()).as(heading).singleElement()
                    .satisfies(r -> assertThat(r.basis()).isEqualTo(RelatedLinks.Basis.NAMED));
        }
    }
}
