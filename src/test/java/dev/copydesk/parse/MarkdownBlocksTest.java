package dev.copydesk.parse;

import static dev.copydesk.parse.Markdown.all;
import static dev.copydesk.parse.Markdown.only;
import static dev.copydesk.parse.Markdown.parse;
import static dev.copydesk.parse.Markdown.slice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Block;
import dev.copydesk.document.CodeBlock;
import dev.copydesk.document.Document;
import dev.copydesk.document.Figure;
import dev.copydesk.document.Format;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Markup;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Quote;
import dev.copydesk.document.Table;
import dev.copydesk.document.Title;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {

    @Test
    void atxAndSetextHeadings() {
        Document doc = parse("# Top *heading* #\n\nSub heading\n-----------\n\n###### Six\n");
        var headings = all(doc.blocks(), Heading.class);
        assertThat(headings).extracting(Heading::level).containsExactly(1, 2, 6);
        assertThat(headings).extracting(h -> h.text().text()).containsExactly("Top heading", "Sub heading", "Six");
        assertThat(slice(doc, headings.get(0))).isEqualTo("# Top *heading* #");
        assertThat(slice(doc, headings.get(1))).isEqualTo("Sub heading\n-----------");
        assertThat(doc.format()).isEqualTo(Format.MARKDOWN);
    }

    @Test
    void paragraphSpanEndsAtItsLastCharAndItsLinesJoinWithSpaces() {
        Document doc = parse("First line\nsecond *line*  \nthird.\n\nNext.\n");
        var paragraphs = all(doc.blocks(), Paragraph.class);
        assertThat(paragraphs).hasSize(2);
        assertThat(slice(doc, paragraphs.get(0))).isEqualTo("First line\nsecond *line*  \nthird.");
        assertThat(paragraphs.get(0).text().text()).isEqualTo("First line second line third.");
        assertThat(paragraphs.get(1).text().text()).isEqualTo("Next.");
    }

    @Test
    void firstLevelOneHeadingIsTheTitleAndStaysABlock() {
        Document doc = parse("Intro.\n\n## Not it\n\n# The title\n\n# Another\n");
        Title title = doc.title().orElseThrow();
        assertThat(title.origin()).isEqualTo(Title.Origin.HEADING);
        assertThat(title.text().text()).isEqualTo("The title");
        assertThat(all(doc.blocks(), Heading.class)).extracting(h -> h.text().text())
                .containsExactly("Not it", "The title", "Another");
    }

    @Test
    void noTitleWithoutFrontMatterOrLevelOneHeading() {
        assertThat(parse("## Only a sub heading\n\nText.\n").title()).isEmpty();
    }

    @Test
    void bulletListItemsWithTextAndNestedBlocks() {
        Document doc = parse("""
                - item *one*
                  continued
                - item two

                  second para
                  - nested
                    lazy
                continuation

                  ```
                  code
                  ```
                """);
        ListBlock list = only(doc, ListBlock.class);
        assertThat(list.ordered()).isFalse();
        assertThat(list.items()).hasSize(2);
        ListItem first = list.items().get(0);
        assertThat(doc.source().slice(first.span())).isEqualTo("- item *one*\n  continued");
        assertThat(first.text().text()).isEqualTo("item one continued");
        assertThat(first.children()).isEmpty();

        ListItem second = list.items().get(1);
        assertThat(second.text().text()).isEqualTo("item two");
        assertThat(second.children()).hasSize(3);
        assertThat(second.children().get(0)).isInstanceOfSatisfying(Paragraph.class,
                p -> assertThat(p.text().text()).isEqualTo("second para"));
        ListBlock nested = (ListBlock) second.children().get(1);
        assertThat(nested.items().get(0).text().text()).isEqualTo("nested lazy continuation");
        assertThat(slice(doc, nested)).isEqualTo("- nested\n    lazy\ncontinuation");
        assertThat(second.children().get(2)).isInstanceOfSatisfying(CodeBlock.class,
                c -> assertThat(slice(doc, c)).isEqualTo("```\n  code\n  ```"));
    }

    @Test
    void orderedListAndEmptyItem() {
        Document doc = parse("1. first\n2) other list\n3.\n");
        var lists = all(doc.blocks(), ListBlock.class);
        assertThat(lists).allMatch(ListBlock::ordered);
        assertThat(lists.get(0).items()).extracting(i -> i.text().text()).containsExactly("first");
        ListItem empty = lists.get(lists.size() - 1).items().get(lists.get(lists.size() - 1).items().size() - 1);
        assertThat(empty.text().isEmpty()).isTrue();
        assertThat(empty.text().sourceSpan().start()).isBetween(empty.span().start(), empty.span().end());
    }

    @Test
    void listItemStartingWithAnImageHasTheFigureAsChild() {
        Document doc = parse("- ![A chart](chart.png)\n- text\n");
        ListItem item = only(doc, ListBlock.class).items().get(0);
        assertThat(item.text().isEmpty()).isTrue();
        assertThat(item.children()).singleElement().isInstanceOfSatisfying(Figure.class,
                f -> assertThat(f.caption().text()).isEqualTo("A chart"));
    }

    @Test
    void tableCellsRowByRowHeaderIncluded() {
        Document doc = parse("Intro\n\n| Name | Note |\n|------|:----:|\n| *a* | `b` \\| c |\n| d |\n");
        Table table = only(doc, Table.class);
        assertThat(slice(doc, table)).isEqualTo("| Name | Note |\n|------|:----:|\n| *a* | `b` \\| c |\n| d |");
        assertThat(table.cells()).extracting(Prose::text).containsExactly("Name", "Note", "a", "b | c", "d");
        assertThat(table.cells().get(3).code()).hasSize(1);
    }

    @Test
    void fencedAndIndentedCode() {
        Document doc = parse("```java title=x\nint a;\n```\n\n~~~\nplain\n~~~\n\n    indented\n    more\n");
        var code = all(doc.blocks(), CodeBlock.class);
        assertThat(code).extracting(CodeBlock::language).containsExactly("java", "", "");
        assertThat(code).extracting(c -> slice(doc, c))
                .containsExactly("```java title=x\nint a;\n```", "~~~\nplain\n~~~", "indented\n    more");
    }

    @Test
    void blockQuotesNest() {
        Document doc = parse("> quote\nlazy\n> > inner *text*\n");
        Quote quote = only(doc, Quote.class);
        assertThat(slice(doc, quote)).isEqualTo("> quote\nlazy\n> > inner *text*");
        assertThat(quote.children()).hasSize(2);
        assertThat(((Paragraph) quote.children().get(0)).text().text()).isEqualTo("quote lazy");
        Quote inner = (Quote) quote.children().get(1);
        assertThat(((Paragraph) inner.children().get(0)).text().text()).isEqualTo("inner text");
    }

    @Test
    void imagesOnlyParagraphIsAFigureCaptionedByAltText() {
        Document doc = parse("![A *red* fox](fox.jpg)\n[![and a dog](dog.jpg)](https://dogs.example)\n\nText with ![icon](i.png) inline.\n");
        Figure figure = only(doc, Figure.class);
        assertThat(slice(doc, figure)).isEqualTo("![A *red* fox](fox.jpg)\n[![and a dog](dog.jpg)](https://dogs.example)");
        assertThat(figure.caption().text()).isEqualTo("A red fox and a dog");
        Paragraph p = only(doc, Paragraph.class);
        assertThat(p.text().text()).isEqualTo("Text with inline.");
    }

    @Test
    void paragraphOfInlineHtmlImagesIsAFigureAndOfOtherTagsMarkup() {
        Document doc = parse("<a href=\"x\"><img src=\"a.png\"></a> <img src=\"b.png\"> text\n\n"
                + "<img src=\"a.png\"> <img src=\"b.png\">\n\n<span></span> <b></b>\n");
        assertThat(doc.blocks()).hasExactlyElementsOfTypes(Paragraph.class, Figure.class, Markup.class);
        assertThat(((Paragraph) doc.blocks().get(0)).text().text()).isEqualTo("text");
        assertThat(slice(doc, doc.blocks().get(2))).isEqualTo("<span></span> <b></b>");
    }

    @Test
    void htmlBlocks() {
        Document doc = parse("""
                <!-- just a note -->

                <iframe src="https://video.example/1"></iframe>

                <div class="box">
                <p>Hello</p>
                </div>

                <figure><img src="a.png"><!-- c --></figure>
                """);
        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.blocks().get(0)).isInstanceOfSatisfying(Figure.class, f -> {
            assertThat(slice(doc, f)).isEqualTo("<iframe src=\"https://video.example/1\"></iframe>");
            assertThat(f.caption().isEmpty()).isTrue();
        });
        assertThat(doc.blocks().get(1)).isInstanceOfSatisfying(Markup.class,
                m -> assertThat(slice(doc, m)).isEqualTo("<div class=\"box\">\n<p>Hello</p>\n</div>"));
        assertThat(doc.blocks().get(2)).isInstanceOf(Figure.class);
    }

    @Test
    void mediaTagInsideACommentDoesNotMakeAFigure() {
        Document doc = parse("<div><!-- <img src=\"x.png\"> --></div>\n");
        assertThat(doc.blocks()).singleElement().isInstanceOf(Markup.class);
    }

    @Test
    void linkDefinitionsAndThematicBreaksMakeNoBlock() {
        Document doc = parse("Text [ref].\n\n***\n\n[ref]: https://example.com\n");
        assertThat(doc.blocks()).singleElement().isInstanceOf(Paragraph.class);
    }

    @Test
    void blocksComeInSourceOrder() {
        Document doc = parse("# T\n\npara\n\n- a\n\n> q\n\n```\nc\n```\n\n| x |\n|---|\n| y |\n\n<div>m</div>\n");
        assertThat(doc.blocks()).extracting(Block::getClass).extracting(Class::getSimpleName)
                .containsExactly("Heading", "Paragraph", "ListBlock", "Quote", "CodeBlock", "Table", "Markup");
    }
}
