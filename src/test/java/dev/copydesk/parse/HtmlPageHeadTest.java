package dev.copydesk.parse;

import static dev.copydesk.parse.HtmlTesting.parse;
import static dev.copydesk.parse.HtmlTesting.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Directive;
import dev.copydesk.document.Document;
import dev.copydesk.document.Heading;
import dev.copydesk.document.Title;
import dev.copydesk.source.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlPageHeadTest {

    private static final String OG = "<meta property=\"og:title\" content=\"Open &amp; graph\">";
    private static final String BODY = "<body><h1>The heading</h1><p>Text.</p></body>";

    @Test
    void titleElementComesFirst() {
        Document doc = parse("<html><head>\n  <title>Page &amp; title</title>" + OG + "</head>" + BODY + "</html>");
        Title title = doc.title().orElseThrow();

        assertThat(title.origin()).isEqualTo(Title.Origin.HTML_TITLE);
        assertThat(title.text().text()).isEqualTo("Page & title");
        assertThat(where(doc, title.text(), "title")).isEqualTo(new Position(2, 21));
        assertThat(doc.source().slice(title.text().sourceSpan())).isEqualTo("Page &amp; title");
    }

    @Test
    void openGraphTitleWhenThereIsNoTitleElement() {
        Document doc = parse("<html><head>\n" + OG + "</head>" + BODY + "</html>");
        Title title = doc.title().orElseThrow();

        assertThat(title.origin()).isEqualTo(Title.Origin.OPEN_GRAPH);
        assertThat(title.text().text()).isEqualTo("Open & graph");
        assertThat(doc.source().slice(title.text().sourceSpan())).isEqualTo("Open &amp; graph");
        assertThat(where(doc, title.text(), "graph")).isEqualTo(new Position(2, 47));
    }

    @Test
    void openGraphTitleAcrossLines() {
        Document doc = parse("<html><head><meta content='First\r\nSecond' property=og:title></head></html>");
        Title title = doc.title().orElseThrow();

        assertThat(title.text().text()).isEqualTo("First Second");
        assertThat(where(doc, title.text(), "Second")).isEqualTo(new Position(2, 1));
    }

    @Test
    void blankTitleFallsThrough() {
        Document doc = parse("<html><head><title>  </title>" + OG + "</head></html>");

        assertThat(doc.title().orElseThrow().origin()).isEqualTo(Title.Origin.OPEN_GRAPH);
    }

    @Test
    void firstLevelOneHeadingLast() {
        Document doc = parse("<html><head></head>\n" + BODY + "</html>");
        Title title = doc.title().orElseThrow();

        assertThat(title.origin()).isEqualTo(Title.Origin.HEADING);
        assertThat(title.text().text()).isEqualTo("The heading");
        assertThat(where(doc, title.text(), "heading")).isEqualTo(new Position(2, 15));
        assertThat(doc.blocks().get(0)).isInstanceOf(Heading.class);
        assertThat(((Heading) doc.blocks().get(0)).text()).isSameAs(title.text());
    }

    @Test
    void noTitleAtAll() {
        assertThat(parse("<p>Just text.</p>").title()).isEmpty();
    }

    @Test
    void svgTitleIsNotThePageTitle() {
        Document doc = parse("<svg><title>Icon</title></svg><h1>Real</h1>");

        assertThat(doc.title().orElseThrow().text().text()).isEqualTo("Real");
    }

    @Test
    void metaTagsAndLanguage() {
        Document doc = parse("""
                <html lang="en-GB"><head>
                <meta charset="utf-8">
                <meta name="description" content=" A page about things. ">
                <meta name="Keywords" content="things, stuff">
                <meta property="og:type" content="article">
                <meta property="article:section" content="Health">
                <meta property="article:tag" content="sleep">
                <meta property="article:tag" content="diet">
                <meta name="empty">
                </head><body><p>Text.</p></body></html>
                """);

        assertThat(doc.metadata()).containsOnlyKeys("description", "keywords", "og:type", "article:section",
                "article:tag", "lang");
        assertThat(doc.metadata().get("description")).containsExactly("A page about things.");
        assertThat(doc.metadata().get("keywords")).containsExactly("things, stuff");
        assertThat(doc.metadata().get("article:tag")).containsExactly("sleep", "diet");
        assertThat(doc.metadata().get("lang")).containsExactly("en-GB");
    }

    @Test
    void directivesAnywhereInThePage() {
        String html = """
                <!-- copydesk-disable passive-voice -->
                <html><head><!-- an ordinary comment --></head><body>
                <nav><!-- copydesk-enable --></nav>
                <article><p>Text.</p>
                <!--copydesk-disable-next-line weasel-words, cliches-->
                <p>More text.</p></article>
                <!copydesk-disable not-a-comment>
                </body></html>
                """;
        Document doc = parse(html);
        List<Directive> directives = doc.directives();

        assertThat(directives).extracting(Directive::kind).containsExactly(Directive.Kind.DISABLE,
                Directive.Kind.ENABLE, Directive.Kind.DISABLE_NEXT_LINE);
        assertThat(directives.get(0).rules()).containsExactly("passive-voice");
        assertThat(directives.get(1).appliesToAll()).isTrue();
        assertThat(directives.get(2).rules()).containsExactly("weasel-words", "cliches");
        assertThat(doc.source().slice(directives.get(2).span()))
                .isEqualTo("<!--copydesk-disable-next-line weasel-words, cliches-->");
        assertThat(doc.source().lines().position(directives.get(2).span().start())).isEqualTo(new Position(5, 1));
    }
}
