package dev.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Document;
import dev.copydesk.document.Format;
import dev.copydesk.parse.Parsers;
import dev.copydesk.report.Diagnostic;
import dev.copydesk.report.FileReport;
import dev.copydesk.report.JsonReporter;
import dev.copydesk.report.Report;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.yaml.RuleReader;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the whole pipeline (decode, parse, every shipped rule, the JSON report) on random Markdown, HTML and
 * text: nothing throws, every finding lies inside its source, the report always parses, and the same prose gives
 * the same findings at the same words whatever its format.
 *
 * <p>Inputs come from seeded generators, so every run tries the same cases and a failure names the seed and the
 * input that broke the property. Set {@code -Dcopydesk.properties.seed=N} to explore other inputs.
 */
class RandomInputPropertiesTest {

    private static final RuleCatalog CATALOG;
    private static final List<ActiveRule> RULES;

    static {
        try {
            CATALOG = RuleCatalog.load(List.of(), new RuleReader());
            RULES = new RuleSets(CATALOG, new RuleEnvironment(LocalDate.of(2026, 6, 15)), new Notices())
                    .forFile(Config.empty(Path.of("")), Path.of("article.md"));
        } catch (ConfigException e) {
            throw new IllegalStateException(e.oneLine(), e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Rules about sentences and phrases, whose findings sit on the words they are about in any format. (Boilerplate
     * such as "Share this:" is left out of the articles: pages and texts take it for the end of the article, by
     * design.)
     */
    private static final Set<String> PROSE_RULES = Set.of("long-sentence", "cliche", "weasel-words",
            "duplicate-sentence", "missing-link", "repeated-opening", "mojibake");

    private static final long SEED = Long.getLong("copydesk.properties.seed", 20261125L);

    /** {@code tries} cases of a property, each from its own seeded generator and named by its seed. */
    private static <T> Stream<DynamicTest> tries(String name, int tries, Function<Random, T> generate,
            Consumer<T> property) {
        return IntStream.range(0, tries).mapToObj(i -> {
            long seed = SEED + 7919L * i + name.hashCode();
            return DynamicTest.dynamicTest(name + " #" + i + " (seed " + seed + ")", () -> {
                T input = generate.apply(new Random(seed));
                try {
                    property.accept(input);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("seed " + seed + ", input: " + describe(input), e);
                }
            });
        });
    }

    private static String describe(Object input) {
        String s = String.valueOf(input);
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }

    @TestFactory
    Stream<DynamicTest> markdownNeverBreaksTheChecker() {
        return tries("markdown", 300, RandomInputPropertiesTest::markdown, t -> checkEverything("random.md", t));
    }

    @TestFactory
    Stream<DynamicTest> htmlNeverBreaksTheChecker() {
        return tries("html", 300, RandomInputPropertiesTest::html, t -> checkEverything("random.html", t));
    }

    @TestFactory
    Stream<DynamicTest> textNeverBreaksTheChecker() {
        return tries("text", 200, RandomInputPropertiesTest::text, t -> checkEverything("random.txt", t));
    }

    @TestFactory
    Stream<DynamicTest> anyCharactersInAnyFormat() {
        return tries("any", 200, RandomInputPropertiesTest::anything, t -> {
            checkEverything("any.md", t);
            checkEverything("any.html", t);
            checkEverything("any.txt", t);
        });
    }

    @TestFactory
    Stream<DynamicTest> theSameProseGivesTheSameFindingsInEveryFormat() {
        return tries("same prose", 150, RandomInputPropertiesTest::articles, paragraphs -> {
            List<Located> markdown = proseFindings("same.md", paragraphs, "", "\n\n", "", "", "\n");
            List<Located> html = proseFindings("same.html", paragraphs, "<!DOCTYPE html>\n<html><body><article>\n",
                    "\n", "<p>", "</p>", "</article></body></html>\n");
            List<Located> text = proseFindings("same.txt", paragraphs, "", "\n\n", "", "", "\n");
            assertThat(html).isEqualTo(markdown);
            assertThat(text).isEqualTo(markdown);
        });
    }

    /** Runs the pipeline on one text and checks the properties that hold for any input. */
    private static void checkEverything(String name, String text) {
        SourceFile source = new SourceFile(name, text);
        Document document = parse(source);
        int length = text.length();
        for (ActiveRule rule : RULES) {
            List<Finding> findings = new ArrayList<>();
            rule.rule().check(document, findings::add);
            for (Finding f : findings) {
                assertThat(f.span().start()).as(rule.id()).isBetween(0, length);
                assertThat(f.span().end()).as(rule.id()).isBetween(f.span().start(), length);
            }
        }
        List<Diagnostic> diagnostics = new Linter(CATALOG.base(), new Notices()).lint(document, RULES,
                CATALOG.base());
        for (Diagnostic d : diagnostics) {
            assertThat(d.help()).as(d.rule() + ": " + d.message()).doesNotStartWith("This is a bug in Copydesk");
            assertThat(d.start().line()).isBetween(1, source.lines().lineCount());
            assertThat(d.end().compareTo(d.start())).isGreaterThanOrEqualTo(0);
        }
        JsonNode report = parseJson(new Report("test", List.of(new FileReport(name,
                Optional.of(document.format().id()), Optional.empty(), diagnostics))));
        assertThat(report.get("files").get(0).get("findings")).hasSize(diagnostics.size());
    }

    private static Document parse(SourceFile source) {
        Format format = FormatDetector.detect(source.path(), source.text());
        return Parsers.all().get(format).parse(source);
    }

    private static JsonNode parseJson(Report report) {
        StringWriter out = new StringWriter();
        try {
            new JsonReporter().write(report, out);
            return JSON.readTree(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A finding of a prose rule, by paragraph and offset within it: the same in every format (messages may differ, as
     * some name the line of an earlier sentence).
     */
    record Located(String rule, int paragraph, int start, int end) {
    }

    private static List<Located> proseFindings(String name, List<String> paragraphs, String head, String between,
            String open, String close, String tail) {
        StringBuilder text = new StringBuilder(head);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                text.append(between);
            }
            text.append(open);
            spans.add(new Span(text.length(), text.length() + paragraphs.get(i).length()));
            text.append(paragraphs.get(i)).append(close);
        }
        text.append(tail);
        SourceFile source = new SourceFile(name, text.toString());
        Document document = parse(source);
        List<Located> out = new ArrayList<>();
        for (ActiveRule rule : RULES) {
            if (!PROSE_RULES.contains(rule.id())) {
                continue;
            }
            List<Finding> findings = new ArrayList<>();
            rule.rule().check(document, findings::add);
            for (Finding f : findings) {
                int p = 0;
                while (p < spans.size() && f.span().start() >= spans.get(p).end()) {
                    p++;
                }
                assertThat(p).as("%s finding %s outside the paragraphs of %s", rule.id(), f.span(), name)
                        .isLessThan(spans.size());
                int base = spans.get(p).start();
                out.add(new Located(rule.id(), p, f.span().start() - base, f.span().end() - base));
            }
        }
        out.sort((a, b) -> a.rule().equals(b.rule())
                ? a.paragraph() != b.paragraph() ? Integer.compare(a.paragraph(), b.paragraph())
                : Integer.compare(a.start(), b.start())
                : a.rule().compareTo(b.rule()));
        return out;
    }

    static String markdown(Random r) {
        return tokens(r, "# ", "## ", "### ", "> ", ">> ", "- ", "* ", "1. ", "   ", "    ", "\t", "```", "```js\n",
                "~~~", "`", "``", "*", "**", "_", "__", "~~", "[", "]", "(", ")", "[a link](http://example.com/x)",
                "[click here](/p)", "![img](i.png)", "<http://example.com>", "http://bare.example.com/path ",
                "[ref]", "[ref]: http://example.com\n", "<!-- copydesk-disable cliche -->",
                "<!-- copydesk-disable-next-line long-sentence -->", "<!--", "-->", "<div>", "</div>", "<br>",
                "|a|b|\n|-|-|\n|c|d|\n", "| x |", "---\ntitle: A title\n---\n", "---", "***", "===\n", "&amp;",
                "&nbsp;", "&#8217;", "&bogus;", "\\", "\\*", "\n", "\n\n", "\r\n", "\r", " ", "word ", "Words. ",
                "click here to read more. ", "We delve into the realm of ideas. ", "Many patients report relief. ",
                "Best laptops of 2019", "The same sentence here. ", "Related articles\n", "â€™", "caf\u00e9 ",
                "\u00A0", "\u200B", "\uD83D\uDE00", "\uFEFF", "  \n");
    }

    static String html(Random r) {
        return tokens(r, "<p>", "</p>", "<div class=content>", "</div>", "<article>", "</article>", "<main>", "<h1>",
                "</h1>", "<h2>", "</h2>", "<ul>", "<ol>", "<li>", "</li>", "</ul>", "<a href=/x>", "<a href='http://e"
                        + ".com/y' rel=sponsored>", "</a>", "<br>", "<hr>", "<table><tr><td>", "</td><td>",
                "</table>", "<blockquote>", "</blockquote>", "<pre>", "</pre>", "<code>", "</code>", "<img src=y "
                        + "alt=picture>", "<figure><figcaption>", "</figcaption></figure>", "<script>", "</script>",
                "<style>p{}</style>", "<nav>", "</nav>", "<aside class=related>", "<h3>Related</h3>", "<title>",
                "</title>", "<meta property=og:title content=T>", "<!--", "-->", "<!-- copydesk-disable cliche -->",
                "&amp;", "&nbsp;", "&#8217;", "&#x1F600;", "&bogus;", "&", "<", ">", "\"", "'", "<span hidden>",
                "</span>", "<template>", "<svg><text>x</text></svg>", "<noscript>", "\n", "\r\n", "\r", " ",
                "word ", "Words. ", "click here to read more. ", "We delve into the realm of ideas. ",
                "Many patients report relief. ", "Best laptops of 2019", "caf\u00e9 ", "\u00A0", "\uD83D\uDE00",
                "â€™");
    }

    static String text(Random r) {
        return tokens(r, "\n", "\n\n", "\r\n", "\r", " ", "\t", "- ", "* ", "• ", "1. ", "2) ", "Title\n",
                "Related articles\n", "Tags: news\n", "Discover more\n", "Learn why…\n", "<!-- copydesk-disable -->\n",
                "<!--", "-->", "word ", "Words. ", "lower case continues ", "click here to read more. ",
                "We delve into the realm of ideas. ", "Many patients report relief. ", "Best laptops of 2019",
                "The same sentence here. ", "&amp;", "<p>", "â€™", "caf\u00e9 ", "\u00A0", "\uD83D\uDE00", ":",
                "…", "[…]");
    }

    /** Any UTF-16 code units at all, lone surrogates and control characters included. */
    static String anything(Random r) {
        int n = r.nextInt(301);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(4) == 0 ? (char) r.nextInt(128) : (char) r.nextInt(Character.MAX_VALUE + 1));
        }
        return b.toString();
    }

    private static final String[] WORDS = {"the", "report", "shows", "that", "our", "team", "will", "ship",
        "features", "quickly", "and", "readers", "like", "them", "very", "much", "because", "prices", "fell", "in",
        "autumn", "after", "rain"};

    private static final String[] TRIPPING = {"We delve into the realm of ideas.",
        "Many patients report that it works.", "Studies show that it helps.", "Click here to read the full report.",
        "Read more about it here.", "The same sentence comes back.", "It is a game-changer for everyone.",
        "Prices fell â€™ after rain."};

    /** Articles of plain paragraphs, one line each, of sentences that trip the prose rules now and then. */
    static List<String> articles(Random r) {
        return list(r, 1, 6, () -> String.join(" ", list(r, 2, 6, () -> r.nextInt(5) == 0
                ? TRIPPING[r.nextInt(TRIPPING.length)]
                : capitalise(String.join(" ", list(r, 3, 45, () -> WORDS[r.nextInt(WORDS.length)]))) + ".")));
    }

    private static <T> List<T> list(Random r, int min, int max, Supplier<T> item) {
        int n = min + r.nextInt(max - min + 1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item.get());
        }
        return out;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Up to 61 tokens picked at random, joined: markup and text that meet in every order. */
    private static String tokens(Random r, String... tokens) {
        return String.join("", list(r, 1, 61, () -> tokens[r.nextInt(tokens.length)]));
    }
}
