package dev.copydesk.parse;

import static dev.copydesk.parse.Markdown.parse;
import static dev.copydesk.parse.Markdown.slice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Block;
import dev.copydesk.document.Document;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRelatedLinksTest {

    @Test
    void sectionUnderARelatedHeadingUpToTheNextSameLevelHeading() {
        Document doc = parse("""
                # Title

                Body text.

                ## Related articles

                - [Sleep and mood](https://a.example/sleep) - why rest matters
                - Guide: [Naps](https://a.example/naps)

                A paragraph without a link.

                ### Sub heading inside

                [Another](https://a.example/x): with a teaser.

                ## Next section

                More body.
                """);
        List<Block> blocks = doc.blocks();
        assertThat(blocks).extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Heading", "Paragraph", "RelatedLinks", "Heading", "Paragraph");
        RelatedLinks related = (RelatedLinks) blocks.get(2);
        assertThat(related.heading().text()).isEqualTo("Related articles");
        assertThat(slice(doc, related)).startsWith("## Related articles").endsWith("with a teaser.");
        assertThat(related.items()).extracting(i -> i.title().text())
                .containsExactly("Sleep and mood", "Naps", "", "Another");
        assertThat(related.items()).extracting(i -> i.teaser().text())
                .containsExactly("why rest matters", "Guide", "A paragraph without a link.", "with a teaser.");
        assertThat(related.items()).extracting(RelatedItem::target)
                .containsExactly("https://a.example/sleep", "https://a.example/naps", "", "https://a.example/x");

        RelatedItem first = related.items().get(0);
        assertThat(doc.source().slice(first.span()))
                .isEqualTo("- [Sleep and mood](https://a.example/sleep) - why rest matters");
        assertThat(doc.source().slice(first.title().sourceSpan())).isEqualTo("Sleep and mood");
        assertThat(doc.source().slice(first.teaser().sourceSpan())).isEqualTo("why rest matters");
        assertThat(doc.source().slice(related.items().get(1).teaser().sourceSpan())).isEqualTo("Guide");
    }

    @Test
    void trailingLinkListIsRelatedLinksWithoutHeading() {
        Document doc = parse("""
                # Title

                The article ends here.

                - [One](https://one.example)
                - [Two](https://two.example) — a short teaser
                """);
        assertThat(doc.blocks()).hasSize(3);
        RelatedLinks related = (RelatedLinks) doc.blocks().get(2);
        assertThat(related.heading().isEmpty()).isTrue();
        assertThat(slice(doc, related)).isEqualTo(
                "- [One](https://one.example)\n- [Two](https://two.example) — a short teaser");
        assertThat(related.items()).extracting(i -> i.title().text()).containsExactly("One", "Two");
        assertThat(related.items()).extracting(i -> i.teaser().text()).containsExactly("", "a short teaser");
    }

    @Test
    void finalSectionOfOnlyLinksTakesItsHeading() {
        Document doc = parse("""
                Body.

                ## Sources

                - [A study](https://study.example)
                - <https://data.example>
                """);
        RelatedLinks related = (RelatedLinks) doc.blocks().get(1);
        assertThat(related.heading().text()).isEqualTo("Sources");
        assertThat(related.items()).extracting(RelatedItem::target)
                .containsExactly("https://study.example", "https://data.example");
    }

    @Test
    void trailingListOfPlainSentencesStaysAList() {
        Document doc = parse("""
                ## Tips

                - Go to bed at the same time every night.
                - Keep the bedroom dark and cool.
                - Use [a sleep diary](https://diary.example) to track your habits over weeks.
                """);
        assertThat(doc.relatedLinks()).isEmpty();
        assertThat(doc.blocks()).hasExactlyElementsOfTypes(Heading.class, ListBlock.class);
    }

    @Test
    void trailingSentencesThatHoldLinksStayAList() {
        Document doc = parse("""
                Body.

                - Use [npm](https://npmjs.example) to install the packages.
                - Run [the tests](https://ci.example) before you push.
                """);
        assertThat(doc.relatedLinks()).isEmpty();
    }

    @Test
    void singleTrailingLinkIsNotEnough() {
        assertThat(parse("Body.\n\n- [Only one](https://one.example)\n").relatedLinks()).isEmpty();
    }

    @Test
    void linkItemWithALongTeaserIsProse() {
        String teaser = " word".repeat(31);
        Document doc = parse("- [A](https://a.example)" + teaser + "\n- [B](https://b.example)\n");
        assertThat(doc.relatedLinks()).isEmpty();
    }

    @Test
    void contentSectionWhoseHeadingStartsWithMoreIsNotRelatedLinks() {
        Document doc = parse("""
                # Sleep

                Intro.

                ## More tips for sleeping better

                Avoid caffeine after noon, since it stays in the body for hours.

                Get daylight in the morning to set your body clock.
                """);
        assertThat(doc.relatedLinks()).isEmpty();
        assertThat(doc.blocks()).filteredOn(Paragraph.class::isInstance).hasSize(3);
    }

    @Test
    void htmlLinkItemsUnderMoreInformation() {
        Document doc = parse("""
                Body.

                #### More Information:
                - Git documentation: <a href='https://git-scm.com/docs/gitignore' target='_blank'>gitignore</a>
                <!-- Please add articles -->
                """);
        RelatedLinks related = doc.relatedLinks().get(0);
        assertThat(related.heading().text()).isEqualTo("More Information:");
        RelatedItem item = related.items().get(0);
        assertThat(item.title().text()).isEqualTo("gitignore");
        assertThat(item.teaser().text()).isEqualTo("Git documentation");
        assertThat(item.target()).isEqualTo("https://git-scm.com/docs/gitignore");
    }
}
