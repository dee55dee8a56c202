package dev.copydesk.parse;

import static dev.copydesk.parse.Markdown.PARSER;
import static dev.copydesk.parse.Markdown.all;
import static dev.copydesk.parse.Markdown.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.CodeBlock;
import dev.copydesk.document.Document;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Quote;
import dev.copydesk.parse.markdown.HeavyBlocks;
import dev.copydesk.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MarkdownRobustnessTest {

    @Test
    void emptyAndBlankInputsAreEmptyDocuments() {
        for (String text : List.of("", " ", "\n\n\n", " \t \r\n  \n")) {
            Document doc = parse(text);
            assertThat(doc.blocks()).isEmpty();
            assertThat(doc.title()).isEmpty();
            assertThat(doc.directives()).isEmpty();
            assertThat(doc.metadata()).isEmpty();
        }
    }

    @Test
    void onlyFrontMatter() {
        Document doc = parse("---\ntitle: Only metadata\n---");
        assertThat(doc.blocks()).isEmpty();
        assertThat(doc.title().orElseThrow().text().text()).isEqualTo("Only metadata");
    }

    @Test
    void unclosedFenceRunsToTheEnd() {
        Document doc = parse("Text.\n\n```js\nlet a = 1;\n\nmore code\n");
        CodeBlock code = (CodeBlock) doc.blocks().get(1);
        assertThat(code.language()).isEqualTo("js");
        assertThat(doc.source().slice(code.span())).isEqualTo("```js\nlet a = 1;\n\nmore code");
    }

    @Test
    void tenThousandNestedQuotesDoNotOverflow() {
        Document doc = parse("Intro.\n\n" + ">".repeat(10_000) + " deep\n\nAfter.\n");
        assertThat(Blocks.bodyProse(doc.blocks())).extracting(Prose::text)
                .contains("Intro.", "After.")
                .anySatisfy(t -> assertThat(t).endsWith("deep"));
    }

    @Test
    void whenFlexmarkOverflowsTheTextIsReadAsPlainParagraphs() throws InterruptedException {
        // flexmark overflows on ten thousand list markers in a row (checked with 256 KB to 1 MB stacks); a small
        // stack makes sure it does here.
        String text = "Intro.\n\n" + "- ".repeat(10_000) + "bottom\n\nAfter.\n";
        List<Document> result = new ArrayList<>();
        Thread thread = new Thread(null, () -> result.add(parse(text)), "small-stack", 256 * 1024);
        thread.start();
        thread.join();
        assertThat(result).hasSize(1);
        List<Paragraph> paragraphs = all(result.get(0).blocks(), Paragraph.class);
        assertThat(paragraphs).extracting(p -> p.text().text())
                .containsExactly("Intro.", "- ".repeat(10_000) + "bottom", "After.");
        assertThat(result.get(0).source().slice(paragraphs.get(2).span())).isEqualTo("After.");
    }

    @Test
    void aParagraphFlexmarkWouldTakeMinutesOverIsReadAsPlainTextAndTheRestAsMarkdown() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            links.append("[link ").append(i).append("](http://example.com/").append(i).append(") ");
        }
        String text = "# Title\n\nBefore with a [link](http://a.example).\n\n" + links.toString().strip()
                + "\n\n```\n" + "[x](y) ".repeat(20_000) + "\n```\n\n## After\n\n*Emphasis* stays.\n";

        Document doc = parse(text);

        List<Paragraph> paragraphs = all(doc.blocks(), Paragraph.class);
        assertThat(paragraphs).extracting(p -> p.text().text()).containsExactly("Before with a link.",
                links.toString().strip(), "Emphasis stays.");
        assertThat(paragraphs.get(0).text().links()).hasSize(1);
        assertThat(doc.source().slice(paragraphs.get(1).span())).isEqualTo(links.toString().strip());
        assertThat(all(doc.blocks(), CodeBlock.class)).hasSize(1);
        assertThat(doc.title().orElseThrow().text().text()).isEqualTo("Title");
        assertThat(doc.source().slice(paragraphs.get(2).span())).isEqualTo("*Emphasis* stays.");
    }

    @Test
    void heavyBlocksAreLongOrDenseRunsOfLinesOutsideFences() {
        String table = "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(HeavyBlocks.MAX_LINES);
        String fence = "```\n" + "line\n".repeat(HeavyBlocks.MAX_LINES + 10) + "```\n";
        String text = "Intro.\n\n" + table + "\n" + fence + "\nOutro.\n";

        List<dev.copydesk.source.Span> heavy = HeavyBlocks.find(text, 0);

        assertThat(heavy).singleElement().satisfies(s -> assertThat(text.substring(s.start(), s.end()))
                .isEqualTo(table.strip()));
        assertThat(HeavyBlocks.find("A [link](x) and `code`.\n".repeat(200), 0)).isEmpty();
    }

    @Test
    void tenThousandNestedListsDoNotOverflow() {
        Document doc = parse("- ".repeat(10_000) + "bottom\n");
        assertThat(Blocks.bodyProse(doc.blocks())).extracting(Prose::text)
                .anySatisfy(t -> assertThat(t).endsWith("bottom"));
    }

    @Test
    void deepNestingThatFlexmarkParsesIsFlattenedBelowTheDepthLimit() {
        Document quotes = parse(">".repeat(600) + " deep quote\n");
        assertThat(depth(quotes.blocks())).isLessThanOrEqualTo(201);
        assertThat(all(quotes.blocks(), Paragraph.class)).extracting(p -> p.text().text())
                .containsExactly("deep quote");

        Document lists = parse("- ".repeat(600) + "deep item\n");
        assertThat(depth(lists.blocks())).isLessThanOrEqualTo(201);
        assertThat(Blocks.bodyProse(lists.blocks())).extracting(Prose::text).contains("deep item");
    }

    @Test
    void deeplyNestedInlineMarkup() {
        Document doc = parse("*a **b ".repeat(300) + "x" + "** a*".repeat(300) + "\n\n"
                + "[".repeat(5_000) + "x" + "](u)".repeat(5_000) + "\n");
        assertThat(Blocks.bodyProse(doc.blocks()).get(0).text()).contains("x");
    }

    @Test
    void randomMarkupNeverThrowsAndStaysInsideTheSource() {
        String[] pieces = {"#", "# ", "\n", "\n\n", "> ", "- ", "1. ", "*", "**", "_", "`", "```", "~~~", "[", "]",
            "(", ")", "![", "<", ">", "<a href='x'>", "</a>", "<!--", "-->", "<div>", "</div>", "&amp;", "&#",
            ";", "\\", "|", "---", "\r\n", "\t", "    ", "word", "é", "😀", "http://x.y", "www.", "[r]: /u",
            "copydesk-disable", "<br>", "<img src=x>", "title: x", ":", "'", "\""};
        Random random = new Random(42);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            Document doc = parse(text);
            for (Block b : Blocks.flatten(doc.blocks())) {
                assertThat(b.span().end()).as(text).isLessThanOrEqualTo(text.length());
            }
            for (Prose p : Blocks.bodyProse(doc.blocks())) {
                for (int i = 0; i < p.length(); i++) {
                    assertThat(p.sourceEnd(i)).as(text).isBetween(p.sourceStart(i), text.length());
                }
            }
        }
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("---\ntitle: Doc " + i + "\n---\n\n# H" + i + "\n\nText *" + i + "* with [link](https://x/" + i
                    + ") and <!-- copydesk-disable r" + i + " -->.\n\n- a\n- b " + i + "\n\n| x |\n|---|\n| " + i
                    + " |\n\n## See also\n\n- [A](https://a) \n- [B](https://b)\n");
        }
        List<String> expected = texts.stream().map(MarkdownRobustnessTest::fingerprint).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int round = 0; round < 10; round++) {
                        out.clear();
                        texts.forEach(text -> out.add(fingerprint(text)));
                    }
                    return out;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Everything a parse produced, as text with offsets. */
    private static String fingerprint(String text) {
        Document doc = PARSER.parse(new SourceFile("t.md", text));
        StringBuilder sb = new StringBuilder(doc.title().map(t -> t.text().text()).orElse("-"));
        sb.append(doc.directives()).append(doc.metadata());
        for (Block b : Blocks.flatten(doc.blocks())) {
            sb.append(b.getClass().getSimpleName()).append(b.span());
        }
        for (Prose p : Blocks.bodyProse(doc.blocks())) {
            sb.append(p.text()).append(p.sourceSpan()).append(p.links());
        }
        return sb.toString();
    }

    private static int depth(List<Block> blocks) {
        int max = 0;
        for (Block b : blocks) {
            if (b instanceof Quote q) {
                max = Math.max(max, 1 + depth(q.children()));
            } else if (b instanceof ListBlock l) {
                for (var item : l.items()) {
                    max = Math.max(max, 1 + depth(item.children()));
                }
            } else {
                max = Math.max(max, 1);
            }
        }
        return max;
    }
}
