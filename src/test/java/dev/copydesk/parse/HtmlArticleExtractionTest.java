package dev.copydesk.parse;

import static dev.copydesk.parse.HtmlTesting.outline;
import static dev.copydesk.parse.HtmlTesting.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Document;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractionTest {

    private static final String ONE = "Story paragraph one has plenty of words to count as the article's own prose.";
    private static final String TWO = "Story paragraph two is also long enough to be read as the main article text.";
    private static final String THREE = "Story paragraph three closes the story with a last long sentence or two.";

    @Test
    void pageWithAllTheChromeKeepsOnlyTheArticle() {
        Document doc = parse("""
                <!DOCTYPE html>
                <html lang="en">
                <head><title>Page title</title></head>
                <body>
                <header class="site-header"><a href="/">Logo</a><p>The daily example, since 1901</p>
                  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
                <div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on
                  this website. By continuing you accept them.</p><button>OK</button></div>
                <ol class="breadcrumbs"><li><a href="/">Home</a></li><li>Health</li></ol>
                <div class="share-bar"><a href="#">Share on Facebook</a> <span>Share by email</span></div>
                <main>
                  <article>
                    <h1>The story</h1>
                    <p>%s</p>
                    <div class="social-share"><a href="#">Tweet</a> <span>Copy link</span></div>
                    <p>%s</p>
                    <div class="newsletter-signup"><p>Get our newsletter every morning.</p>
                      <form><input type="email"><button>Sign up</button></form></div>
                    <div class="ad-slot"><p>Advertisement</p></div>
                    <p>%s</p>
                  </article>
                  <aside class="sidebar"><h3>Contact</h3><p>Write to the editor at any time.</p></aside>
                </main>
                <section id="comments" class="comments"><h2>3 comments</h2>
                  <p>Great article, thanks for writing it and sharing it with all of us here.</p></section>
                <footer><p>© 2024 Example Media. All rights reserved.</p></footer>
                </body></html>
                """.formatted(ONE, TWO, THREE));

        assertThat(outline(doc)).containsExactly("h1: The story", "p: " + ONE, "p: " + TWO, "p: " + THREE);
    }

    @Test
    void aDiscussionThreadWhosePostsAreCommentsIsReadWithItsPosts() {
        Document doc = parse("""
                <html><body>
                <main id="layout_body"><h1>New case: what are these two holes for?</h1>
                  <div class="pageHeader__meta"><p>By Rabbids, March 19, 2024 in Hardware</p></div>
                  <div id="comments" class="cTopic">
                    <article class="cPost ipsComment"><aside class="author"><h3>Rabbids</h3></aside>
                      <div class="richText"><p>%s</p><p>%s</p></div></article>
                    <article class="cPost ipsComment"><aside class="author"><h3>Helper</h3></aside>
                      <div class="richText"><p>They are cable guides.</p></div></article>
                  </div>
                </main>
                <footer><p>Community forum, all rights reserved, since 2009.</p></footer>
                </body></html>
                """.formatted(ONE, TWO));

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: " + TWO, "p: They are cable guides.");
    }

    @Test
    void aThreadWhosePostsHoldFourTimesTheRestIsReadWithItsPostsEvenBesideALongBlurb() {
        String blurb = (ONE + " " + TWO + " " + THREE + " ").repeat(3);
        String post = (TWO + " " + THREE + " ").repeat(5);
        Document doc = parse("""
                <html><body>
                <main><div class="about"><p>%s</p></div>
                  <div id="comments">
                    <article class="post"><p>%s</p></article>
                    <article class="post"><p>%s</p></article>
                    <article class="post"><p>%s</p></article>
                    <article class="post"><p>%s</p></article>
                  </div>
                </main>
                </body></html>
                """.formatted(blurb.strip(), post.strip(), post.strip(), post.strip(), post.strip()));

        assertThat(outline(doc)).containsExactly("p: " + post.strip(), "p: " + post.strip(), "p: " + post.strip(),
                "p: " + post.strip());
    }

    @Test
    void aShortPostAboveItsReadersCommentsKeepsTheCommentsOut() {
        Document doc = parse("""
                <html><body>
                <main><article><h1>Open thread</h1><p>Ask us anything in the comments below.</p></article>
                  <div id="comments" class="comments-area">
                    <p>%s</p><p>%s</p><p>%s</p>
                  </div>
                </main>
                </body></html>
                """.formatted(ONE, TWO, THREE));

        assertThat(outline(doc)).containsExactly("h1: Open thread", "p: Ask us anything in the comments below.");
    }

    @Test
    void articleElementWithTheMostTextWins() {
        Document doc = parse("""
                <html><body>
                <article class="teaser"><h2>Another story</h2><p>A short teaser.</p></article>
                <article><h1>The story</h1><p>%s</p><p>%s</p></article>
                </body></html>
                """.formatted(ONE, TWO));

        assertThat(outline(doc)).containsExactly("h1: The story", "p: " + ONE, "p: " + TWO);
    }

    @Test
    void mainElement() {
        Document doc = parse("""
                <html><body>
                <div class="top"><p>Welcome to the site of the example society.</p></div>
                <main><h1>The story</h1><p>%s</p><p>%s</p></main>
                <div class="bottom"><p>Printed on recycled electrons.</p></div>
                </body></html>
                """.formatted(ONE, TWO));

        assertThat(outline(doc)).containsExactly("h1: The story", "p: " + ONE, "p: " + TWO);
    }

    @Test
    void articleBodyItemprop() {
        Document doc = parse("""
                <html><body>
                <article itemscope><h1>The story</h1><div class="byline">By A. Writer</div>
                  <div itemprop="articleBody"><p>%s</p><p>%s</p></div>
                  <div class="tags">Tags: health, science</div></article>
                </body></html>
                """.formatted(ONE, TWO));

        assertThat(outline(doc)).containsExactly("p: " + ONE, "p: " + TWO);
    }

    @Test
    void cmsContentClass() {
        Document doc = parse("""
                <html><body>
                <div class="wrapper">
                  <div class="masthead-box"><p>Example Blog: notes about everything under the sun.</p></div>
                  <div class="entry-content"><p>%s</p><h2>Part two</h2><p>%s</p></div>
                  <div class="widget"><p>About me: I write about everything, mostly at night.</p></div>
                </div>
                </body></html>
                """.formatted(ONE, TWO));

        assertThat(outline(doc)).containsExactly("p: " + ONE, "h2: Part two", "p: " + TWO);
    }

    @Test
    void withoutNamedMarkupTheDensestTextIsTheStory() {
        Document doc = parse("""
                <html><body>
                <div id="top"><ul class="links">
                  <li><a href="/a">Home page of the example newspaper</a></li>
                  <li><a href="/b">World news and analysis from everywhere</a></li>
                  <li><a href="/c">Business, markets and the economy today</a></li>
                  <li><a href="/d">Culture, books, film and music reviews</a></li>
                </ul></div>
                <div id="wrap">
                  <div class="col"><p>Short teaser.</p></div>
                  <div class="box"><h1>The story</h1>
                    <div class="text"><p>%s</p><p>%s</p><p>%s</p></div></div>
                  <div class="more"><p><a href="/1">A long link to another page</a> <a href="/2">And another</a></p></div>
                </div>
                <div id="bottom"><p>Copyright notice.</p></div>
                </body></html>
                """.formatted(ONE, TWO, THREE));

        assertThat(outline(doc)).containsExactly("h1: The story", "p: " + ONE, "p: " + TWO, "p: " + THREE);
    }

    @Test
    void storyCutIntoManyBoxesIsTakenWhole() {
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            steps.append("<div class=\"step\"><div class=\"content\"><p>Step ").append(i)
                    .append(": do the next thing carefully, then check the result twice.</p></div></div>");
        }
        Document doc = parse("<html><body><div class=\"intro\"><p>Short intro.</p></div><div class=\"steps\">"
                + steps + "</div><div class=\"side\"><p>Side note.</p></div></body></html>");

        assertThat(outline(doc)).hasSize(5).allMatch(s -> s.startsWith("p: Step "));
    }

    @Test
    void pageHeaderAndFooterAreChromeButAnArticlesAreNot() {
        Document doc = parse("""
                <html><body>
                <header><p>Site slogan</p></header>
                <article><header><h1>The story</h1><p>By A. Writer</p></header><p>%s</p>
                  <footer><p>Filed under health.</p></footer></article>
                <footer><p>Site footer</p></footer>
                </body></html>
                """.formatted(ONE));

        assertThat(outline(doc)).containsExactly("h1: The story", "p: " + ONE, "p: Filed under health.");
        assertThat(doc.furniture()).extracting(f -> f.reason() + ": " + f.text())
                .containsExactly("byline: By A. Writer");
    }

    @Test
    void fragmentIsReadWholeButStillSkipsMenus() {
        Document doc = parse("<p>Intro.</p><nav><a href=/x>Menu</a></nav><div class=\"content\"><p>Body.</p></div>");

        assertThat(outline(doc)).containsExactly("p: Intro.", "p: Body.");
    }

    @Test
    void hiddenAndScriptContentIsNeverProse() {
        Document doc = parse("""
                <p>Visible<span hidden>secret1</span><span aria-hidden="true">secret2</span>\
                <span style="display: none">secret3</span><span style="color:red; VISIBILITY : hidden">secret4</span>\
                <script>var secret5 = "<p>x</p>";</script><style>.secret6 {}</style><noscript>secret7</noscript>\
                <template><p>secret8</p></template> end</p>
                <div hidden><p>secret9</p></div>
                <div aria-hidden="true"><p>secret10</p></div>
                <script type="application/ld+json">{"headline": "secret11"}</script>
                """);

        assertThat(outline(doc)).containsExactly("p: Visible end");
    }
}
