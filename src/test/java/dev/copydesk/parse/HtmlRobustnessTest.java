package dev.copydesk.parse;

import static dev.copydesk.parse.HtmlTesting.outline;
import static dev.copydesk.parse.HtmlTesting.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Document;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Quote;
import dev.copydesk.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlRobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t  \r\n", "<div><span></span></div><br><hr>", "<html><head></head><body></body>",
            "<!-- only a comment -->", "<p>", "</p></div></body>", "<table><tr><td></table>", "<ul><li></ul>"})
    void inputWithoutTextHasNoBlocks(String html) {
        Document doc = parse(html);

        assertThat(doc.blocks()).isEmpty();
        assertThat(doc.title()).isEmpty();
    }

    @Test
    void unclosedTagsAndComments() {
        Document doc = parse("<p>unclosed <b>bold <i>italic\n<div>box <!-- copydesk-disable never closed");

        assertThat(outline(doc)).containsExactly("p: unclosed bold italic", "p: box");
        assertThat(doc.directives()).singleElement().satisfies(d ->
                assertThat(doc.source().slice(d.span())).isEqualTo("<!-- copydesk-disable never closed"));
    }

    @Test
    void deeplyNestedDivs() {
        String html = "<div>".repeat(100_000) + "deep text" + "</div>".repeat(100_000);

        Document doc = parse(html);

        assertThat(outline(doc)).containsExactly("p: deep text");
    }

    @Test
    void deeplyNestedQuotesAndListsStayShallow() {
        String quotes = "<blockquote>".repeat(5_000) + "quoted";
        String lists = "<ul><li>".repeat(5_000) + "item";

        Document q = parse(quotes);
        Document l = parse(lists);

        assertThat(depth(q.blocks())).isLessThanOrEqualTo(200);
        assertThat(depth(l.blocks())).isLessThanOrEqualTo(200);
        assertThat(Blocks.bodyProse(q.blocks())).extracting(Object::toString).contains("quoted");
        assertThat(Blocks.bodyProse(l.blocks())).extracting(Object::toString).contains("item");
    }

    @Test
    void deeplyNestedInlineElements() {
        Document doc = parse("<p>" + "<span><a href=x><code>".repeat(30_000) + "core");

        assertThat(((Paragraph) doc.blocks().get(0)).text().text()).isEqualTo("core");
    }

    @Test
    void binaryLookingJunk() {
        Random random = new Random(42);
        String alphabet = "<>/&;#=\"' \n\r\tabcpx!-\u0000\u0001\uFFFD\uFFFF\uD800\uDC00é😀";
        for (int n = 0; n < 300; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            parse(s.toString());
        }
    }

    @Test
    void randomMarkup() {
        Random random = new Random(7);
        String[] tokens = {"<p>", "</p>", "<div class=content>", "</div>", "<ul>", "<li>", "</ul>", "<a href=/x>",
            "</a>", "<br>", "<br><br>", "<table><tr><td>", "</table>", "<blockquote>", "<pre>", "<h2>", "</h2>",
            "<!--", "-->", "<!-- copydesk-disable x -->", "&amp;", "&nbsp;", "&#8217;", "&bogus;", "&", "word ",
            "text\r\n", "<img src=y>", "<figure><figcaption>", "<script>", "</script>", "<nav>", "<aside class=related>",
            "<h3>Related</h3>", "<article>", "<main>", "<span hidden>", "<title>", "<meta property=og:title content=t>"};
        for (int n = 0; n < 500; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                s.append(tokens[random.nextInt(tokens.length)]);
            }
            parse(s.toString());
        }
    }

    @Test
    void parserIsSafeToShareBetweenThreads() throws Exception {
        HtmlParser parser = new HtmlParser();
        StringBuilder html = new StringBuilder("<html><body><article><h1>T</h1>");
        for (int i = 0; i < 200; i++) {
            html.append("<p>Paragraph ").append(i).append(" with <a href=/l").append(i).append(">a link</a>.</p>");
        }
        SourceFile source = new SourceFile("shared.html", html.append("</article></body></html>").toString());
        List<String> expected = outline(parser.parse(source));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> outline(parser.parse(source))));
            }
            for (Future<List<String>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int depth(List<Block> blocks) {
        int max = 0;
        List<List<Block>> level = List.of(blocks);
        while (!level.isEmpty()) {
            List<List<Block>> next = new ArrayList<>();
            for (List<Block> list : level) {
                for (Block b : list) {
                    if (b instanceof Quote q) {
                        next.add(q.children());
                    } else if (b instanceof ListBlock l) {
                        l.items().forEach(item -> next.add(item.children()));
                    }
                }
            }
            if (!next.isEmpty()) {
                max++;
            }
            level = next;
        }
        return max;
    }
}
