package dev.copydesk.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Block;
import dev.copydesk.document.Document;
import dev.copydesk.document.Unmodelled;
import dev.copydesk.source.SourceFile;
import dev.copydesk.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as content in the raw HTML the article model leaves out. */
class HtmlUnmodelledTest {

    @Test
    void scriptsStylesTemplatesCommentsTagsAndEntitiesAreNotContent() {
        assertThat(HtmlUnmodelled.hasMarkupContent("")).isFalse();
        assertThat(HtmlUnmodelled.hasMarkupContent(" <div class=x>\n</div> &nbsp; &#8217; ")).isFalse();
        assertThat(HtmlUnmodelled.hasMarkupContent("<script>var s = '<p>text</p>';</script>")).isFalse();
        assertThat(HtmlUnmodelled.hasMarkupContent("<STYLE type=x>p {}</style ><template><p>t</p></TEMPLATE>"))
                .isFalse();
        assertThat(HtmlUnmodelled.hasMarkupContent("<!-- a comment with <p>text</p> -->")).isFalse();
    }

    @Test
    void textAndMediaAreContent() {
        assertThat(HtmlUnmodelled.hasMarkupContent("<div>An author card</div>")).isTrue();
        assertThat(HtmlUnmodelled.hasMarkupContent("<script>x</script> after")).isTrue();
        assertThat(HtmlUnmodelled.hasMarkupContent("<figure class=gallery></figure>")).isTrue();
        assertThat(HtmlUnmodelled.hasMarkupContent("<IMG src=a.png>")).isTrue();
        assertThat(HtmlUnmodelled.hasMarkupContent("<scripts-like>x")).isTrue();
        assertThat(HtmlUnmodelled.hasMarkupContent("a < b")).isTrue();
        assertThat(HtmlUnmodelled.hasMarkupContent("&amp")).isTrue();
    }

    @Test
    void unclosedCommentsAndScriptsRunToTheEnd() {
        assertThat(HtmlUnmodelled.hasMarkupContent("<!-- never closed <p>text")).isFalse();
        assertThat(HtmlUnmodelled.hasMarkupContent("<script>never closed <p>text")).isFalse();
        assertThat(HtmlUnmodelled.hasMarkupContent("<!-- x ".repeat(100_000))).isFalse();
        assertThat(HtmlUnmodelled.hasMarkupContent("<".repeat(100_000))).isTrue();
    }

    @Test
    void aPageAnswersForTheStretchesBetweenItsBlocksAndMarkdownHasNone() {
        String page = "<html><body><article><h1>Title</h1><p>First paragraph of the story, long enough.</p>"
                + "<div class=\"social-share\"><a href=\"#\">Tweet</a> <span>Copy link</span></div><p>Second paragraph.</p>"
                + "<div class=\"spacer\"> </div><p>Third.</p></article></body></html>";
        Document doc = Lint.parse(new SourceFile("a.html", page));
        List<Block> blocks = doc.blocks();
        assertThat(blocks).hasSize(4);
        assertThat(doc.unmodelled().holdsContent(blocks.get(1).span().end(), blocks.get(2).span().start())).isTrue();
        assertThat(doc.unmodelled().holdsContent(blocks.get(2).span().end(), blocks.get(3).span().start())).isFalse();
        Document md = Lint.parse(new SourceFile("a.md", "# Title\n\nText.\n"));
        assertThat(md.unmodelled()).isSameAs(Unmodelled.NONE);
    }
}
