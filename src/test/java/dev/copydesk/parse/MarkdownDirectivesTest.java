package dev.copydesk.parse;

import static dev.copydesk.parse.Markdown.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Directive;
import dev.copydesk.document.Directive.Kind;
import dev.copydesk.document.Document;
import dev.copydesk.document.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDirectivesTest {

    @Test
    void allThreeKindsWithTheirRulesAndSpans() {
        Document doc = parse("""
                <!-- copydesk-disable passive-voice, weasel-words -->

                Text.

                <!-- copydesk-enable -->
                <!-- copydesk-disable-next-line long-sentence -->
                More text.
                """);
        List<Directive> directives = doc.directives();
        assertThat(directives).extracting(Directive::kind)
                .containsExactly(Kind.DISABLE, Kind.ENABLE, Kind.DISABLE_NEXT_LINE);
        assertThat(directives).extracting(Directive::rules).containsExactly(
                List.of("passive-voice", "weasel-words"), List.of(), List.of("long-sentence"));
        assertThat(doc.source().slice(directives.get(2).span()))
                .isEqualTo("<!-- copydesk-disable-next-line long-sentence -->");
        assertThat(doc.blocks()).hasSize(2).allMatch(Paragraph.class::isInstance);
    }

    @Test
    void severalCommentsInOneHtmlBlock() {
        Document doc = parse("<!-- copydesk-disable a --> <!-- note --> <!-- copydesk-enable a -->\n");
        assertThat(doc.directives()).extracting(Directive::kind).containsExactly(Kind.DISABLE, Kind.ENABLE);
        assertThat(doc.blocks()).isEmpty();
    }

    @Test
    void inlineCommentsInProseAndInNestedBlocks() {
        Document doc = parse("""
                Some text <!-- copydesk-disable-next-line
                  cliches --> and more.

                > - quoted item <!-- copydesk-enable cliches -->

                <div>
                <!-- copydesk-disable x -->
                </div>
                """);
        assertThat(doc.directives()).extracting(Directive::kind)
                .containsExactly(Kind.DISABLE_NEXT_LINE, Kind.ENABLE, Kind.DISABLE);
        assertThat(doc.directives().get(0).rules()).containsExactly("cliches");
        assertThat(doc.source().lines().position(doc.directives().get(1).span().start()).line()).isEqualTo(4);
        assertThat(((Paragraph) doc.blocks().get(0)).text().text()).isEqualTo("Some text and more.");
    }

    @Test
    void commentsInCodeAreNotDirectives() {
        Document doc = parse("```\n<!-- copydesk-disable -->\n```\n\nUse `<!-- copydesk-disable -->` to stop.\n");
        assertThat(doc.directives()).isEmpty();
    }

    @Test
    void otherCommentsAreNotDirectives() {
        assertThat(parse("<!-- copydesk is great -->\n\nText <!-- copydesk-disabled -->\n").directives()).isEmpty();
    }
}
