package dev.copydesk.parse;

import static dev.copydesk.parse.Markdown.PARSER;
import static dev.copydesk.parse.Markdown.all;
import static dev.copydesk.parse.Markdown.only;
import static dev.copydesk.parse.Markdown.parse;
import static dev.copydesk.parse.Markdown.position;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Document;
import dev.copydesk.document.Figure;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Quote;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.document.Table;
import dev.copydesk.source.InputException;
import dev.copydesk.source.Position;
import dev.copydesk.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownPositionsTest {

    private static final String VARIED = """
            ---
            title: "A *varied* article"
            ---

            # Heading with `code` and &amp; entity

            Plain text with *emphasis*, **strong**, ~~struck~~ and a [link](https://example.com "t").
            A second line with \\*escaped\\* chars, café, 日本語, emoji 😀 and &#8217; quotes.
            Hard break here\\
            next line and a bare https://example.org/path. URL.

            - item one
              continued with `multi
              line code`
            - item two
              1. nested *ordered*
                 lazy line
            continued lazily

            > quote line
            > > nested <a href="https://h.example">html link</a> and <br> break
            lazy quote

            | Head | Other |
            |------|-------|
            | cell *one* | [two](https://two.example) |

            ![Alt *caption*](image.png)

            Text with inline <span>markup</span> and <!-- a comment --> done.

            - \ttabbed item
            -\tanother

            ## Related articles

            - [First](https://a.example) - a teaser
            - Label: [Second](https://b.example)
            """;

    @Test
    void linesAndColumnsWithLf() {
        Document doc = parse("# Title here\n\nFirst paragraph.\nSecond *line* words.\n\n- item **bold**\n");
        Heading h = only(doc, Heading.class);
        assertThat(position(doc, h.text(), "here")).isEqualTo(new Position(1, 9));
        Paragraph p = only(doc, Paragraph.class);
        assertThat(position(doc, p.text(), "line")).isEqualTo(new Position(4, 9));
        assertThat(position(doc, p.text(), "words")).isEqualTo(new Position(4, 15));
        ListItem item = only(doc, ListBlock.class).items().get(0);
        assertThat(position(doc, item.text(), "bold")).isEqualTo(new Position(6, 10));
    }

    @Test
    void linesAndColumnsWithCrlf() {
        Document doc = parse("# Title\r\n\r\nFirst line\r\nsecond *line* here\r\n\r\n- item one\r\n  continued item\r\n");
        Paragraph p = only(doc, Paragraph.class);
        assertThat(p.text().text()).isEqualTo("First line second line here");
        assertThat(position(doc, p.text(), "second")).isEqualTo(new Position(4, 1));
        assertThat(position(doc, p.text(), "here")).isEqualTo(new Position(4, 15));
        assertThat(doc.source().slice(p.span())).isEqualTo("First line\r\nsecond *line* here");
        ListItem item = only(doc, ListBlock.class).items().get(0);
        assertThat(item.text().text()).isEqualTo("item one continued item");
        assertThat(position(doc, item.text(), "continued")).isEqualTo(new Position(7, 3));
    }

    @Test
    void offsetsAfterAByteOrderMark() throws InputException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("# Tïtle\n\nSome wörds here.\n".getBytes(StandardCharsets.UTF_8));
        Document doc = PARSER.parse(SourceFile.decode("bom.md", bytes.toByteArray()));
        assertThat(doc.title().orElseThrow().text().text()).isEqualTo("Tïtle");
        assertThat(position(doc, doc.title().orElseThrow().text(), "Tïtle")).isEqualTo(new Position(1, 3));
        Paragraph p = only(doc, Paragraph.class);
        assertThat(position(doc, p.text(), "here")).isEqualTo(new Position(3, 12));
        assertThat(doc.source().text().charAt(p.text().sourceStart(0))).isEqualTo('S');
    }

    @Test
    void columnsCountCodePointsForEmojiAndCjk() {
        Document doc = parse("Emoji 😀 then word.\n\n日本語のテキスト and *more* 🎉🎉 end\n");
        var paragraphs = all(doc.blocks(), Paragraph.class);
        assertThat(position(doc, paragraphs.get(0).text(), "then")).isEqualTo(new Position(1, 9));
        assertThat(position(doc, paragraphs.get(1).text(), "and")).isEqualTo(new Position(3, 10));
        assertThat(position(doc, paragraphs.get(1).text(), "more")).isEqualTo(new Position(3, 15));
        assertThat(position(doc, paragraphs.get(1).text(), "end")).isEqualTo(new Position(3, 24));
        assertThat(paragraphs.get(1).text().text()).isEqualTo("日本語のテキスト and more 🎉🎉 end");
    }

    @Test
    void tabsAreOneColumn() {
        Document doc = parse("-\titem\twith tab\n\n\tindented code\n\nText\tafter tab\n");
        ListItem item = only(doc, ListBlock.class).items().get(0);
        assertThat(item.text().text()).isEqualTo("item with tab");
        assertThat(position(doc, item.text(), "item")).isEqualTo(new Position(1, 3));
        assertThat(position(doc, item.text(), "with")).isEqualTo(new Position(1, 8));
        Paragraph p = only(doc, Paragraph.class);
        assertThat(position(doc, p.text(), "after")).isEqualTo(new Position(5, 6));
    }

    @Test
    void nestedContainersMapThroughTheirMarkers() {
        Document doc = parse("> - quoted *item\n>   lazy* line\n>\n>   second para\n");
        ListItem item = ((ListBlock) only(doc, Quote.class).children().get(0)).items().get(0);
        assertThat(item.text().text()).isEqualTo("quoted item lazy line");
        assertThat(position(doc, item.text(), "lazy")).isEqualTo(new Position(2, 5));
        Paragraph second = (Paragraph) item.children().get(0);
        assertThat(position(doc, second.text(), "para")).isEqualTo(new Position(4, 12));
    }

    @Test
    void everyPlainProseCharIsTheSourceCharItMapsTo() {
        Document doc = parse(VARIED);
        List<Prose> proses = allProse(doc);
        assertThat(proses).hasSizeGreaterThan(15);
        String source = doc.source().text();
        for (Prose prose : proses) {
            String text = prose.text();
            for (int i = 0; i < text.length(); i++) {
                int start = prose.sourceStart(i);
                int end = prose.sourceEnd(i);
                assertThat(start).isBetween(0, end);
                assertThat(end).isLessThanOrEqualTo(source.length());
                boolean collapsedSpace = text.charAt(i) == ' ';
                boolean entityOrEscape = end - start > 1;
                if (!collapsedSpace && !entityOrEscape) {
                    assertThat(source.charAt(start)).as("char %d of '%s'", i, text).isEqualTo(text.charAt(i));
                }
            }
        }
        assertThat(proses).extracting(Prose::text).contains(
                "Heading with code and & entity",
                "nested html link and break lazy quote",
                "item one continued with multi line code",
                "nested ordered lazy line continued lazily",
                "Text with inline markup and done.",
                "tabbed item", "another", "First", "a teaser", "Second", "Label");
    }

    @Test
    void entitiesAndEscapesMapToTheirWholeSource() {
        Document doc = parse(VARIED);
        Paragraph p = all(doc.blocks(), Paragraph.class).get(0);
        assertThat(Markdown.sourceOf(doc, p.text(), "’")).isEqualTo("&#8217;");
        assertThat(Markdown.sourceOf(doc, p.text(), "*escaped")).isEqualTo("\\*escaped");
        assertThat(Markdown.sourceOf(doc, p.text(), "café, 日本語, emoji 😀"))
                .isEqualTo("café, 日本語, emoji 😀");
    }

    private static List<Prose> allProse(Document doc) {
        List<Prose> out = new ArrayList<>();
        doc.title().ifPresent(t -> out.add(t.text()));
        for (Block b : Blocks.flatten(doc.blocks())) {
            if (b instanceof Paragraph p) {
                out.add(p.text());
            } else if (b instanceof Heading h) {
                out.add(h.text());
            } else if (b instanceof ListBlock l) {
                l.items().forEach(item -> out.add(item.text()));
            } else if (b instanceof Table t) {
                out.addAll(t.cells());
            } else if (b instanceof Figure f) {
                out.add(f.caption());
            } else if (b instanceof RelatedLinks r) {
                out.add(r.heading());
                for (RelatedItem item : r.items()) {
                    out.add(item.title());
                    out.add(item.teaser());
                }
            }
        }
        return out;
    }
}
