package dev.copydesk.parse;

import static dev.copydesk.parse.HtmlTesting.parse;
import static dev.copydesk.parse.HtmlTesting.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Document;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.source.Position;
import dev.copydesk.source.SourceFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlPositionsTest {

    private static Prose firstParagraph(Document doc) {
        return ((Paragraph) doc.blocks().get(0)).text();
    }

    @Test
    void lineFeeds() {
        Document doc = parse("<html>\n<body>\n<p>Hello\nbrave world</p>\n</body>\n</html>\n");
        Prose p = firstParagraph(doc);

        assertThat(p.text()).isEqualTo("Hello brave world");
        assertThat(where(doc, p, "Hello")).isEqualTo(new Position(3, 4));
        assertThat(where(doc, p, "brave")).isEqualTo(new Position(4, 1));
        assertThat(where(doc, p, "world")).isEqualTo(new Position(4, 7));
    }

    @Test
    void carriageReturnLineFeeds() {
        Document doc = parse("<html>\r\n<body>\r\n<p>Line one\r\nline two</p>\r\n</body></html>\r\n");
        Prose p = firstParagraph(doc);

        assertThat(p.text()).isEqualTo("Line one line two");
        assertThat(where(doc, p, "one")).isEqualTo(new Position(3, 9));
        assertThat(where(doc, p, "two")).isEqualTo(new Position(4, 6));
        assertThat(doc.source().slice(p.sourceSpan(8, 9))).isEqualTo("\r");
    }

    @Test
    void byteOrderMark() throws Exception {
        byte[] html = "<p>Hi there</p>\n<p>Second line</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[html.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(html, 0, bytes, 3, html.length);
        Document doc = new HtmlParser().parse(SourceFile.decode("bom.html", bytes));
        HtmlTesting.assertMapsToSource(doc);

        assertThat(where(doc, firstParagraph(doc), "there")).isEqualTo(new Position(1, 7));
        Prose second = ((Paragraph) doc.blocks().get(1)).text();
        assertThat(where(doc, second, "line")).isEqualTo(new Position(2, 11));
    }

    @Test
    void nonAsciiAndEmojiCountAsOneColumn() {
        Document doc = parse("<p>Café 😀 naïve 日本語 word</p>");
        Prose p = firstParagraph(doc);

        assertThat(p.text()).isEqualTo("Café 😀 naïve 日本語 word");
        assertThat(where(doc, p, "naïve")).isEqualTo(new Position(1, 11));
        assertThat(where(doc, p, "word")).isEqualTo(new Position(1, 21));
        assertThat(doc.source().slice(p.sourceSpan(p.text().indexOf("😀"), p.text().indexOf("😀") + 2)))
                .isEqualTo("😀");
    }

    @Test
    void tabs() {
        Document doc = parse("<div>\n\t<p>\tTabbed\tword</p>\n</div>");
        Prose p = firstParagraph(doc);

        assertThat(p.text()).isEqualTo("Tabbed word");
        assertThat(where(doc, p, "Tabbed")).isEqualTo(new Position(2, 6));
        assertThat(where(doc, p, "word")).isEqualTo(new Position(2, 13));
    }

    @Test
    void characterReferencesMapToTheirWholeSource() {
        Document doc = parse("<p>Fish &amp; chips&nbsp;&rsquo;n&#8217; &#x1F600; &notit; &amp peas</p>");
        Prose p = firstParagraph(doc);

        assertThat(p.text()).isEqualTo("Fish & chips ’n’ 😀 ¬it; & peas");
        assertThat(sourceOf(doc, p, "&")).isEqualTo("&amp;");
        assertThat(sourceOf(doc, p, "’n")).isEqualTo("&rsquo;n");
        assertThat(sourceOf(doc, p, "n’")).isEqualTo("n&#8217;");
        assertThat(sourceOf(doc, p, "😀")).isEqualTo("&#x1F600;");
        assertThat(sourceOf(doc, p, "¬it;")).isEqualTo("&notit;");
        assertThat(sourceOf(doc, p, "& peas")).isEqualTo("&amp peas");
        assertThat(where(doc, p, "peas")).isEqualTo(new Position(1, 65));
    }

    @Test
    void attributeHoldingAGreaterThanSignDoesNotShiftText() {
        Document doc = parse("<p title=\"a > b\" data-x='<p>'>After the tag</p>");

        assertThat(where(doc, firstParagraph(doc), "After")).isEqualTo(new Position(1, 31));
    }

    @Test
    void droppedNulCharsDoNotShiftText() {
        Document doc = parse("<p>a\u0000b c</p>");
        Prose p = firstParagraph(doc);

        assertThat(p.text()).isEqualTo("ab c");
        assertThat(where(doc, p, "c")).isEqualTo(new Position(1, 8));
    }

    private static String sourceOf(Document doc, Prose prose, String text) {
        int i = prose.text().indexOf(text);
        assertThat(i).isNotNegative();
        return doc.source().slice(prose.sourceSpan(i, i + text.length()));
    }
}
