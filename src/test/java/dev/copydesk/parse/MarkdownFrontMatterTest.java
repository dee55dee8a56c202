package dev.copydesk.parse;

import static dev.copydesk.parse.Markdown.parse;
import static dev.copydesk.parse.Markdown.position;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Document;
import dev.copydesk.document.Heading;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Title;
import dev.copydesk.source.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownFrontMatterTest {

    @Test
    void titleKeyIsTheTitleMappedToTheValueWithoutQuotes() {
        Document doc = parse("---\nlayout: post\ntitle: \"Hello *World*\"\n---\n\n# Heading\n");
        Title title = doc.title().orElseThrow();
        assertThat(title.origin()).isEqualTo(Title.Origin.FRONT_MATTER);
        assertThat(title.text().text()).isEqualTo("Hello *World*");
        assertThat(doc.source().slice(title.text().sourceSpan())).isEqualTo("Hello *World*");
        assertThat(position(doc, title.text(), "World")).isEqualTo(new Position(3, 16));
        assertThat(doc.blocks()).singleElement().isInstanceOf(Heading.class);
    }

    @Test
    void plainTitleWithCommentAndCrlf() {
        Document doc = parse("---\r\ntitle: Plain title   # a comment\r\n---\r\nBody\r\n");
        Title title = doc.title().orElseThrow();
        assertThat(title.text().text()).isEqualTo("Plain title");
        assertThat(position(doc, title.text(), "title")).isEqualTo(new Position(2, 14));
        assertThat(doc.blocks()).singleElement().isInstanceOfSatisfying(Paragraph.class,
                p -> assertThat(p.text().text()).isEqualTo("Body"));
    }

    @Test
    void quotedEscapesMapToBothChars() {
        Document doc = parse("---\ntitle: 'It''s \"fine\"'\nsub: \"Say \\\"hi\\\"\"\n---\n");
        Title title = doc.title().orElseThrow();
        assertThat(title.text().text()).isEqualTo("It's \"fine\"");
        assertThat(doc.source().slice(title.text().sourceSpan(2, 3))).isEqualTo("''");
        assertThat(doc.metadata().get("sub")).containsExactly("Say \"hi\"");
    }

    @Test
    void titleOnFollowingLinesJoinsThem() {
        Document doc = parse("---\ntitle: >\n  A long\n  folded title\n---\n");
        Title title = doc.title().orElseThrow();
        assertThat(title.text().text()).isEqualTo("A long folded title");
        assertThat(position(doc, title.text(), "folded")).isEqualTo(new Position(4, 3));
    }

    @Test
    void metadataKeysAndValues() {
        Document doc = parse("""
                ---
                # a comment
                author: Jane Doe
                tags: [news, "long read", 'x']
                categories:
                  - one
                  - "two"
                date: 2024-05-01
                empty:
                description: |
                  First line
                  second line
                seo:
                  keywords: a, b
                ---
                Text.
                """);
        assertThat(doc.metadata()).containsEntry("author", List.of("Jane Doe"))
                .containsEntry("tags", List.of("news", "long read", "x"))
                .containsEntry("categories", List.of("one", "two"))
                .containsEntry("date", List.of("2024-05-01"))
                .containsEntry("empty", List.of())
                .containsEntry("description", List.of("First line\nsecond line"))
                .containsEntry("seo.keywords", List.of("a, b"));
        assertThat(doc.title()).isEmpty();
    }

    @Test
    void withoutFrontMatterTitleTheFirstLevelOneHeadingIsTheTitle() {
        Document doc = parse("---\nauthor: Me\n---\n\n# The heading\n");
        assertThat(doc.title().orElseThrow().origin()).isEqualTo(Title.Origin.HEADING);
        assertThat(doc.title().orElseThrow().text().text()).isEqualTo("The heading");
    }

    @Test
    void unclosedOpeningRuleIsAThematicBreakNotFrontMatter() {
        Document doc = parse("---\n\n# Heading\n\ntitle: not metadata\n");
        assertThat(doc.metadata()).isEmpty();
        assertThat(doc.title().orElseThrow().text().text()).isEqualTo("Heading");
        assertThat(doc.blocks()).hasSize(2);
    }

    @Test
    void blockBetweenRulesThatIsNotYamlIsMarkdown() {
        Document doc = parse("---\nJust an opening paragraph.\n---\n\nMore.\n");
        assertThat(doc.metadata()).isEmpty();
        assertThat(doc.blocks()).hasSize(2);
    }
}
