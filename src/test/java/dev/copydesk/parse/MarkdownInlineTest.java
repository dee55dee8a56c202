package dev.copydesk.parse;

import static dev.copydesk.parse.Markdown.only;
import static dev.copydesk.parse.Markdown.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Document;
import dev.copydesk.document.Link;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.TextRange;
import org.junit.jupiter.api.Test;

class MarkdownInlineTest {

    private static Prose prose(Document doc) {
        return only(doc, Paragraph.class).text();
    }

    private static String linkText(Prose prose, Link link) {
        return prose.text().substring(link.text().start(), link.text().end());
    }

    @Test
    void inlineLinkHasTextRangeTargetAndMarkupSpan() {
        Document doc = parse("See [the *docs*](https://docs.example/a \"Title\") now.\n");
        Prose prose = prose(doc);
        assertThat(prose.text()).isEqualTo("See the docs now.");
        Link link = prose.links().get(0);
        assertThat(link.text()).isEqualTo(new TextRange(4, 12));
        assertThat(link.target()).isEqualTo("https://docs.example/a");
        assertThat(doc.source().slice(link.source())).isEqualTo("[the *docs*](https://docs.example/a \"Title\")");
        assertThat(doc.source().slice(prose.sourceSpan(link.text()))).isEqualTo("the *docs");
    }

    @Test
    void referenceLinksResolveThroughTheirDefinitions() {
        Document doc = parse("A [full][r], [collapsed][] and [shortcut] link, and [undefined] text.\n\n"
                + "[r]: https://r.example\n[collapsed]: https://c.example\n[shortcut]: <https://s.example>\n");
        Prose prose = prose(doc);
        assertThat(prose.text()).isEqualTo("A full, collapsed and shortcut link, and [undefined] text.");
        assertThat(prose.links()).extracting(Link::target)
                .containsExactly("https://r.example", "https://c.example", "https://s.example");
        assertThat(prose.links()).extracting(l -> linkText(prose, l)).containsExactly("full", "collapsed", "shortcut");
        assertThat(doc.source().slice(prose.links().get(0).source())).isEqualTo("[full][r]");
        assertThat(Markdown.sourceOf(doc, prose, "[undefined]")).isEqualTo("[undefined]");
    }

    @Test
    void autolinksAndBareUrls() {
        Document doc = parse("Go to <https://a.example/x>, mail <me@example.com>, or www.b.example/path "
                + "(see https://c.example/q?x=1). Not http:// alone, nor xhttps://d.example.\n");
        Prose prose = prose(doc);
        assertThat(prose.links()).extracting(Link::target).containsExactly("https://a.example/x",
                "mailto:me@example.com", "www.b.example/path", "https://c.example/q?x=1");
        assertThat(prose.links()).extracting(l -> linkText(prose, l)).containsExactly("https://a.example/x",
                "me@example.com", "www.b.example/path", "https://c.example/q?x=1");
        assertThat(doc.source().slice(prose.links().get(0).source())).isEqualTo("<https://a.example/x>");
        assertThat(doc.source().slice(prose.links().get(3).source())).isEqualTo("https://c.example/q?x=1");
    }

    @Test
    void everyProseCharMapsToTheSourceCharItCameFrom() {
        String source = "https://a.example/x who\twith  HTTP://B.example, na\u00efve caf\u00e9 \u2615 \\* "
                + "what(www.c.example) why\nwww.d.example\n";
        Document doc = parse(source);
        Prose prose = prose(doc);
        assertThat(prose.text()).isEqualTo("https://a.example/x who with HTTP://B.example, na\u00efve caf\u00e9 \u2615 * "
                + "what(www.c.example) why www.d.example");
        for (int i = 0; i < prose.length(); i++) {
            String from = doc.source().slice(prose.sourceSpan(i, i + 1));
            char c = prose.text().charAt(i);
            assertThat(c == ' ' ? from.isBlank() : from.equals(String.valueOf(c)) || from.equals("\\" + c))
                    .as("char %d '%s' from '%s'", i, c, from).isTrue();
        }
        assertThat(prose.links()).extracting(l -> linkText(prose, l)).containsExactly("https://a.example/x",
                "HTTP://B.example", "www.c.example", "www.d.example");
        assertThat(doc.source().slice(prose.links().get(3).source())).isEqualTo("www.d.example");
    }

    @Test
    void urlInsideLinkTextIsNotASecondLink() {
        Prose prose = prose(parse("[https://a.example](https://b.example) and <a href=\"x\">www.c.example</a>\n"));
        assertThat(prose.links()).extracting(Link::target).containsExactly("https://b.example", "x");
    }

    @Test
    void htmlLinksBreaksAndOtherTags() {
        Document doc = parse("An <a href='https://h.example' target=_blank>html <b>link</b></a>,<br/>then "
                + "<span class=\"x\">span</span>ned and <img src=\"i.png\"> gone.\n");
        Prose prose = prose(doc);
        assertThat(prose.text()).isEqualTo("An html link, then spanned and gone.");
        Link link = prose.links().get(0);
        assertThat(link.target()).isEqualTo("https://h.example");
        assertThat(linkText(prose, link)).isEqualTo("html link");
        assertThat(doc.source().slice(link.source()))
                .isEqualTo("<a href='https://h.example' target=_blank>html <b>link</b></a>");
        assertThat(doc.source().slice(prose.sourceSpan(13, 14))).isEqualTo("<br/>");
    }

    @Test
    void inlineCodeRanges() {
        Document doc = parse("Call `run()` then `` a ` b `` twice.\n");
        Prose prose = prose(doc);
        assertThat(prose.text()).isEqualTo("Call run() then a ` b twice.");
        assertThat(prose.code()).extracting(r -> prose.text().substring(r.start(), r.end()))
                .containsExactly("run()", "a ` b");
        assertThat(doc.source().slice(prose.sourceSpan(prose.code().get(0)))).isEqualTo("run()");
    }

    @Test
    void codeKeepsBackslashesAndSkipsEntities() {
        Prose prose = prose(parse("Type `\\*` or `&amp;` literally.\n"));
        assertThat(prose.text()).isEqualTo("Type \\* or &amp; literally.");
    }

    @Test
    void entitiesDecodeAndMapToTheWholeEntity() {
        Document doc = parse("Tom &amp; Jerry&#8217;s &copy; &#x41;&nbsp;B.\n");
        Prose prose = prose(doc);
        assertThat(prose.text()).isEqualTo("Tom & Jerry’s © A B.");
        assertThat(doc.source().slice(prose.sourceSpan(4, 5))).isEqualTo("&amp;");
        assertThat(doc.source().slice(prose.sourceSpan(11, 12))).isEqualTo("&#8217;");
        assertThat(doc.source().slice(prose.sourceSpan(16, 17))).isEqualTo("&#x41;");
    }

    @Test
    void backslashEscapesAreTheEscapedCharMappedToBothChars() {
        Document doc = parse("Not \\*emphasis\\*, a \\\\ backslash and \\a kept.\n");
        Prose prose = prose(doc);
        assertThat(prose.text()).isEqualTo("Not *emphasis*, a \\ backslash and \\a kept.");
        assertThat(doc.source().slice(prose.sourceSpan(4, 5))).isEqualTo("\\*");
        assertThat(doc.source().slice(prose.sourceSpan(18, 19))).isEqualTo("\\\\");
    }

    @Test
    void lineBreaksAreSpacesMappedToTheBreak() {
        Document doc = parse("soft\nhard  \nbackslash\\\nend\n");
        Prose prose = prose(doc);
        assertThat(prose.text()).isEqualTo("soft hard backslash end");
        assertThat(doc.source().slice(prose.sourceSpan(4, 5))).isEqualTo("\n");
        assertThat(doc.source().slice(prose.sourceSpan(9, 10))).isEqualTo("  \n");
        assertThat(doc.source().slice(prose.sourceSpan(19, 20))).isEqualTo("\\\n");
    }

    @Test
    void emphasisStrongAndStrikethroughKeepTheirText() {
        Prose prose = prose(parse("*a* _b_ **c** __d__ ***e*** ~~f~~\n"));
        assertThat(prose.text()).isEqualTo("a b c d e f");
    }
}
