package dev.copydesk.parse;

import static dev.copydesk.parse.HtmlTesting.outline;
import static dev.copydesk.parse.HtmlTesting.parse;
import static dev.copydesk.parse.HtmlTesting.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Block;
import dev.copydesk.document.CodeBlock;
import dev.copydesk.document.Document;
import dev.copydesk.document.Figure;
import dev.copydesk.document.Format;
import dev.copydesk.document.Heading;
import dev.copydesk.document.Link;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Quote;
import dev.copydesk.document.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlParserBlocksTest {

    private static final String FRAGMENT = """
            <h1>Main title</h1>
            <p>First <em>para</em> with a <a href="https://x.test/a?b=1&amp;c=2">link here</a> and <code>x = 1</code>.</p>
            <ul>
              <li>One</li>
              <li>Two <ul><li>Two-a</li></ul> tail</li>
              <li><p>Three</p><p>Three more</p></li>
            </ul>
            <ol><li>First</li></ol>
            <dl><dt>Term</dt><dd>Definition</dd></dl>
            <table><tr><th>Name</th><th>Dose</th></tr><tr><td>Ketamine</td><td>0.5 <b>mg</b>/kg</td></tr></table>
            <pre class="language-java"><code>int x = 1;</code></pre>
            <blockquote><p>Quoted</p><p>Twice</p></blockquote>
            <figure><img src="a.png" alt="A"><figcaption>A <b>caption</b></figcaption></figure>
            <img src="b.png">
            <div>Loose text<br>same run<br><br>new run<hr>after rule</div>
            <form><label>Email</label><input name="e"><button>Send</button></form>
            <h3>Third level</h3>
            """;

    @Test
    void fragmentIsReadWholeIntoEveryBlockKind() {
        Document doc = parse(FRAGMENT);
        List<Block> b = doc.blocks();

        assertThat(doc.format()).isEqualTo(Format.HTML);
        assertThat(b).hasSize(14);
        assertThat(b.get(0)).isInstanceOf(Heading.class);
        assertThat(((Heading) b.get(0)).level()).isEqualTo(1);
        assertThat(((Heading) b.get(0)).text().text()).isEqualTo("Main title");
        assertThat(source(doc, b.get(0))).isEqualTo("<h1>Main title</h1>");

        Paragraph p = (Paragraph) b.get(1);
        assertThat(p.text().text()).isEqualTo("First para with a link here and x = 1.");
        assertThat(source(doc, p)).startsWith("<p>First").endsWith("</code>.</p>");

        assertThat(b.get(2)).isInstanceOf(ListBlock.class);
        assertThat(b.get(3)).isInstanceOf(ListBlock.class);
        assertThat(b.get(4)).isInstanceOf(ListBlock.class);
        assertThat(b.get(5)).isInstanceOf(Table.class);
        assertThat(b.get(6)).isInstanceOf(CodeBlock.class);
        assertThat(b.get(7)).isInstanceOf(Quote.class);
        assertThat(b.get(8)).isInstanceOf(Figure.class);
        assertThat(b.get(9)).isInstanceOf(Figure.class);
        assertThat(((Paragraph) b.get(10)).text().text()).isEqualTo("Loose text same run");
        assertThat(((Paragraph) b.get(11)).text().text()).isEqualTo("new run");
        assertThat(((Paragraph) b.get(12)).text().text()).isEqualTo("after rule");
        assertThat(((Heading) b.get(13)).level()).isEqualTo(3);
    }

    @Test
    void linksKeepTheirTextRangeTargetAndMarkup() {
        Document doc = parse(FRAGMENT);
        Prose text = ((Paragraph) doc.blocks().get(1)).text();

        assertThat(text.links()).hasSize(1);
        Link link = text.links().get(0);
        assertThat(text.text().substring(link.text().start(), link.text().end())).isEqualTo("link here");
        assertThat(link.target()).isEqualTo("https://x.test/a?b=1&c=2");
        assertThat(doc.source().slice(link.source()))
                .isEqualTo("<a href=\"https://x.test/a?b=1&amp;c=2\">link here</a>");
        assertThat(doc.source().slice(text.sourceSpan(link.text()))).isEqualTo("link here");
    }

    @Test
    void inlineCodeIsMarkedAsCode() {
        Prose text = ((Paragraph) parse(FRAGMENT).blocks().get(1)).text();

        assertThat(text.code()).hasSize(1);
        assertThat(text.text().substring(text.code().get(0).start(), text.code().get(0).end())).isEqualTo("x = 1");
    }

    @Test
    void listItemsHaveTheirTextAndNestedBlocks() {
        Document doc = parse(FRAGMENT);
        ListBlock list = (ListBlock) doc.blocks().get(2);

        assertThat(list.ordered()).isFalse();
        assertThat(source(doc, list)).startsWith("<ul>").endsWith("</ul>");
        List<ListItem> items = list.items();
        assertThat(items).extracting(i -> i.text().text()).containsExactly("One", "Two", "Three");
        assertThat(doc.source().slice(items.get(0).span())).isEqualTo("<li>One</li>");
        assertThat(items.get(0).children()).isEmpty();

        List<Block> two = items.get(1).children();
        assertThat(two).hasSize(2);
        assertThat(((ListBlock) two.get(0)).items()).extracting(i -> i.text().text()).containsExactly("Two-a");
        assertThat(((Paragraph) two.get(1)).text().text()).isEqualTo("tail");
        assertThat(source(doc, two.get(1))).isEqualTo("tail");

        assertThat(items.get(2).children()).extracting(c -> ((Paragraph) c).text().text())
                .containsExactly("Three more");
    }

    @Test
    void orderedAndDefinitionLists() {
        Document doc = parse(FRAGMENT);
        ListBlock ordered = (ListBlock) doc.blocks().get(3);
        ListBlock definitions = (ListBlock) doc.blocks().get(4);

        assertThat(ordered.ordered()).isTrue();
        assertThat(ordered.items()).extracting(i -> i.text().text()).containsExactly("First");
        assertThat(definitions.ordered()).isFalse();
        assertThat(definitions.items()).extracting(i -> i.text().text()).containsExactly("Term", "Definition");
        assertThat(source(doc, definitions)).isEqualTo("<dl><dt>Term</dt><dd>Definition</dd></dl>");
    }

    @Test
    void tableCellsRowByRow() {
        Document doc = parse(FRAGMENT);
        Table table = (Table) doc.blocks().get(5);

        assertThat(table.cells()).extracting(Prose::text).containsExactly("Name", "Dose", "Ketamine", "0.5 mg/kg");
        assertThat(source(doc, table)).startsWith("<table>").endsWith("</table>");
    }

    @Test
    void codeBlockWithLanguage() {
        Document doc = parse(FRAGMENT);
        CodeBlock code = (CodeBlock) doc.blocks().get(6);

        assertThat(code.language()).isEqualTo("java");
        assertThat(source(doc, code)).isEqualTo("<pre class=\"language-java\"><code>int x = 1;</code></pre>");
        assertThat(((CodeBlock) parse("<pre>plain</pre>").blocks().get(0)).language()).isEmpty();
        assertThat(((CodeBlock) parse("<pre><code class=\"lang-python\">x</code></pre>").blocks().get(0))
                .language()).isEqualTo("python");
    }

    @Test
    void quoteHoldsItsBlocks() {
        Document doc = parse(FRAGMENT);
        Quote quote = (Quote) doc.blocks().get(7);

        assertThat(quote.children()).extracting(c -> ((Paragraph) c).text().text()).containsExactly("Quoted", "Twice");
        assertThat(source(doc, quote)).isEqualTo("<blockquote><p>Quoted</p><p>Twice</p></blockquote>");
    }

    @Test
    void figuresWithAndWithoutCaption() {
        Document doc = parse(FRAGMENT);
        Figure captioned = (Figure) doc.blocks().get(8);
        Figure bare = (Figure) doc.blocks().get(9);

        assertThat(captioned.caption().text()).isEqualTo("A caption");
        assertThat(source(doc, captioned)).startsWith("<figure>").endsWith("</figure>");
        assertThat(bare.caption().isEmpty()).isTrue();
        assertThat(source(doc, bare)).isEqualTo("<img src=\"b.png\">");
    }

    @Test
    void looseTextRunsSplitAtBlocksAndDoubleBreaks() {
        Document doc = parse(FRAGMENT);

        assertThat(source(doc, doc.blocks().get(10))).isEqualTo("Loose text<br>same run");
        assertThat(source(doc, doc.blocks().get(11))).isEqualTo("new run");
        assertThat(source(doc, doc.blocks().get(12))).isEqualTo("after rule");
    }

    @Test
    void looseRunSpanCoversTheInlineElementsAroundIt() {
        Document doc = parse("<section><div><span>Deep <b>text</b></span></div></section>");

        assertThat(doc.blocks()).hasSize(1);
        assertThat(((Paragraph) doc.blocks().get(0)).text().text()).isEqualTo("Deep text");
        assertThat(source(doc, doc.blocks().get(0))).isEqualTo("<span>Deep <b>text</b></span>");
    }

    @Test
    void formsAndControlsAreNotProse() {
        Document doc = parse("<p>Before</p><form><p>Subscribe to our list</p><input value=x>"
                + "<button>Go</button></form><p>After <button>Click</button> this</p><select><option>A</select>");

        assertThat(doc.blocks()).extracting(b -> ((Paragraph) b).text().text()).containsExactly("Before",
                "After this");
    }

    @Test
    void imageInsideTextIsSkippedAndLineBreakIsASpace() {
        Document doc = parse("<p>An <img src=x.png alt=\"picture\">image<br>and a break</p>");

        assertThat(((Paragraph) doc.blocks().get(0)).text().text()).isEqualTo("An image and a break");
    }

    @Test
    void aFigureHoldingTextOfItsOwnIsReadAsABoxButACaptionedImageIsAFigure() {
        Document doc = parse("""
                <html><body><article>
                <figure><blockquote><p>Olivia teaches in a way that makes it accessible for everyone.</p></blockquote>
                  <figcaption>A student</figcaption></figure>
                <figure><img src="mayer.jpg" alt="Kevin Mayer"><div class="Figure-caption">Kevin Mayer, the executive
                  overseeing the streaming service</div><div class="Figure-credit">(Walt Disney Co.)</div></figure>
                </article></body></html>
                """);

        assertThat(outline(doc)).containsExactly("Quote", "p: A student", "Figure");
    }

    @Test
    void paragraphWithOnlyAnImageIsAFigure() {
        Document doc = parse("<p><img src=x.png></p><div><a href=/x><img src=y.png></a></div>");

        assertThat(doc.blocks()).hasSize(2).allMatch(b -> b instanceof Figure);
        assertThat(source(doc, doc.blocks().get(0))).isEqualTo("<img src=x.png>");
        assertThat(source(doc, doc.blocks().get(1))).isEqualTo("<img src=y.png>");
    }

    @Test
    void embedsAreFigures() {
        Document doc = parse("<iframe src=v></iframe><video src=v></video><svg><text>chart</text></svg>"
                + "<p>text</p>");

        assertThat(doc.blocks()).hasSize(4);
        assertThat(doc.blocks().subList(0, 3)).allMatch(b -> b instanceof Figure);
        assertThat(source(doc, doc.blocks().get(2))).isEqualTo("<svg><text>chart</text></svg>");
    }

    @Test
    void linkAroundABlockIsCutWithIt() {
        Document doc = parse("<a href=\"/card\"><div>Card title</div><div>Card text</div></a>");

        assertThat(doc.blocks()).hasSize(2);
        for (Block b : doc.blocks()) {
            Prose text = ((Paragraph) b).text();
            assertThat(text.links()).singleElement().satisfies(l -> {
                assertThat(l.target()).isEqualTo("/card");
                assertThat(l.text().start()).isZero();
                assertThat(l.text().end()).isEqualTo(text.length());
            });
        }
    }

    @Test
    void headingTextJoinsNestedBlocksWithSpaces() {
        Document doc = parse("<h2><div>Part one</div><div>Part two</div></h2>");

        assertThat(((Heading) doc.blocks().get(0)).text().text()).isEqualTo("Part one Part two");
    }

    @Test
    void layoutTableIsReadAsBoxes() {
        Document doc = parse("<table><tr><td><p>Story paragraph one.</p><p>Two.</p></td><td>Side</td></tr></table>");

        assertThat(doc.blocks()).extracting(b -> ((Paragraph) b).text().text())
                .containsExactly("Story paragraph one.", "Two.", "Side");
    }

    @Test
    void unclosedElementsGetSpansToTheirLastContent() {
        Document doc = parse("<ul><li>one<li>two</ul><p>para one<p>para two");

        ListBlock list = (ListBlock) doc.blocks().get(0);
        assertThat(list.items()).extracting(i -> doc.source().slice(i.span())).containsExactly("<li>one", "<li>two");
        assertThat(source(doc, doc.blocks().get(1))).isEqualTo("<p>para one");
        assertThat(source(doc, doc.blocks().get(2))).isEqualTo("<p>para two");
    }
}
