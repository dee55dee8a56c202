package dev.copydesk.rule.yaml;

import static dev.copydesk.rule.yaml.YamlRules.findings;
import static dev.copydesk.rule.yaml.YamlRules.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.report.Diagnostic;
import dev.copydesk.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each kind of YAML rule finds, and where. */
class KindsTest {

    private static final String HEAD = "level: warning\ndescription: d\n";

    @Test
    void existenceFindsTermsAsWholeWordsAndPatterns() {
        String rule = HEAD + """
                kind: existence
                message: 'Avoid "%s".'
                terms: [utilize, game-changer, "it's crucial to"]
                patterns: ['\\d+ percent']
                """;
        String text = "We utilize it. Underutilized is fine. A game changer, a Game-Changer, a game-changers.\n"
                + "It’s crucial to test. Prices rose 12 percent, not 12percent.\n";
        assertThat(findings(rule, "a.txt", text)).containsExactly(
                "1:4 Avoid \"utilize\".",
                "1:41 Avoid \"game changer\".",
                "1:57 Avoid \"Game-Changer\".",
                "2:1 Avoid \"It’s crucial to\".",
                "2:35 Avoid \"12 percent\".");
    }

    @Test
    void existenceRespectsCaseScopeExceptionsAndCode() {
        String rule = HEAD + """
                kind: existence
                message: '%s'
                terms: [Acme]
                ignorecase: false
                scope: heading
                exceptions: [Acme Labs]
                """;
        String html = "<h1>Acme news</h1>\n<p>Acme in a paragraph.</p>\n<h2>acme and Acme Labs</h2>\n"
                + "<h2>About <code>Acme</code></h2>\n";
        assertThat(findings(rule, "a.html", html)).containsExactly("1:5 Acme");
    }

    @Test
    void existenceCanIgnoreCitedSentences() {
        String rule = HEAD + """
                kind: existence
                message: '%s'
                terms: [studies show]
                ignorecited: true
                """;
        String text = "Studies show it works. Studies show it works [3]. Studies show it works (Smith et al., 2019).\n"
                + "According to the WHO, studies show it works.\n";
        assertThat(findings(rule, "a.txt", text)).containsExactly("1:1 Studies show");
    }

    @Test
    void existenceWithoutWordBoundariesMatchesInsideWords() {
        String rule = HEAD + """
                kind: existence
                message: '%s'
                terms: [Ã©]
                wordboundaries: false
                ignorecase: false
                """;
        assertThat(findings(rule, "a.txt", "CafÃ© and cafÃ©s, not CAFÃ‰.\n"))
                .containsExactly("1:4 Ã©", "1:14 Ã©");
    }

    @Test
    void substitutionSuggestsTheReplacementAsAFixKeepingTheCapital() {
        String rule = HEAD + """
                kind: substitution
                message: 'Use "%r" instead of "%s".'
                swap:
                  delve into: explore
                  utilize: [use, employ]
                  synergy:
                  leverage:
                    message: '"%s": say what you actually do.'
                """;
        List<Diagnostic> d = run(rule, "a.txt", "Delve into it, and utilize synergy to leverage it.\n");
        assertThat(d).extracting(Diagnostic::message).containsExactly(
                "Use \"Explore\" instead of \"Delve into\".",
                "Use \"use\" instead of \"utilize\".",
                "Use \"\" instead of \"synergy\".",
                "\"leverage\": say what you actually do.");
        assertThat(d.get(0).fixes()).singleElement().satisfies(f -> {
            assertThat(f.replacement()).isEqualTo("Explore");
            assertThat(f.start().column()).isEqualTo(1);
            assertThat(f.end().column()).isEqualTo(11);
        });
        assertThat(d.get(1).fixes()).extracting(f -> f.replacement()).containsExactly("use", "employ");
        assertThat(d.get(2).fixes()).isEmpty();
    }

    @Test
    void aCaseSensitiveSubstitutionUsesTheReplacementAsWritten() {
        String rule = HEAD + """
                kind: substitution
                message: '%s -> %r'
                ignorecase: false
                wordboundaries: false
                swap:
                  "Ã©": "é"
                """;
        List<Diagnostic> d = run(rule, "a.txt", "CafÃ©.\n");
        assertThat(d).extracting(Diagnostic::message).containsExactly("Ã© -> é");
        assertThat(d.get(0).fixes()).extracting(f -> f.replacement()).containsExactly("é");
    }

    @Test
    void theShippedMojibakeRuleRepairsTheText() {
        List<Diagnostic> d = Lint.run("a.txt", "Itâ€™s the cafÃ©â€™s dish, 180Â°C.\n", "mojibake");
        assertThat(d).extracting(x -> x.excerpt() + " -> " + x.fixes().get(0).replacement())
                .containsExactly("â€™ -> ’", "Ã© -> é", "â€™ -> ’", "Â° -> °");
    }

    @Test
    void occurrenceCountsPerUnitOrPerDocument() {
        String perParagraph = HEAD + """
                kind: occurrence
                message: '%s exclamation marks'
                patterns: ['!']
                wordboundaries: false
                scope: paragraph
                max: 1
                """;
        String text = "Wow! Great!\nFine!\nNo marks here.\n";
        assertThat(findings(perParagraph, "a.txt", text)).containsExactly("1:11 2 exclamation marks");
        String perDocument = HEAD + """
                kind: occurrence
                message: 'mentions the brand %s times'
                terms: [Acme]
                per: document
                min: 2
                """;
        assertThat(findings(perDocument, "a.txt", "Our tools\n\nAcme makes tools.\n"))
                .containsExactly("1:1 mentions the brand 1 times");
        assertThat(findings(perDocument, "a.txt", "Our tools\n\nAcme makes tools. Acme sells them.\n")).isEmpty();
    }

    @Test
    void repetitionOfWordsWithinAWindow() {
        String rule = HEAD + """
                kind: repetition
                message: 'Repeated "%s".'
                scope: paragraph
                """;
        assertThat(findings(rule, "a.txt", "It was the the best. It it.\nThe end. The end.\n"))
                .containsExactly("1:12 Repeated \"the\".", "1:25 Repeated \"it\".");
        String phrases = HEAD + """
                kind: repetition
                message: 'Repeated "%s".'
                scope: paragraph
                length: 2
                window: 8
                terms: [in fact]
                """;
        assertThat(findings(phrases, "a.txt", "In fact it works, in fact it does. At last, at last.\n"))
                .containsExactly("1:19 Repeated \"in fact\".");
    }

    @Test
    void repetitionOfOpeningsInARun() {
        String rule = HEAD + """
                kind: repetition
                of: opening
                message: 'Runs of "%s".'
                scope: [sentence, related]
                min: 3
                exceptions: [the]
                """;
        String text = """
                Discover apples. Discover berries. Discover cherries. Learn dates.
                The end came. The night fell. The day broke.
                """;
        assertThat(findings(rule, "a.txt", text)).containsExactly("1:1 Runs of \"Discover\".");
        String html = "<p>Discover apples. Discover pears.</p><h2>Next</h2><p>Discover plums.</p>";
        assertThat(findings(rule, "a.html", html)).isEmpty();
        String onlyTeasers = HEAD + """
                kind: repetition
                of: opening
                message: '%s'
                scope: sentence
                terms: [discover]
                """;
        assertThat(findings(onlyTeasers, "a.txt", "Git is fast. Git is free. Git is everywhere.\n")).isEmpty();
        assertThat(findings(onlyTeasers, "a.txt", "Intro here.\nDiscover apples. Discover pears.\nDiscover plums.\n"))
                .containsExactly("2:1 Discover");
    }

    @Test
    void requiredFlagsTriggeredDocumentsWithoutTheRequiredText() {
        String rule = HEAD + """
                kind: required
                message: 'Talks about %s but has no disclosure.'
                when:
                  - terms: [bitcoin, stocks, bonds]
                    min: 3
                    distinct: 2
                  - terms: [you should]
                require:
                  terms: [not financial advice]
                  last: 2
                """;
        String base = "Markets\n\nBitcoin rose. Stocks fell. Bitcoin rose again.\n\nYou should buy bonds.\n\n";
        assertThat(findings(rule, "a.txt", base + "Goodbye.\n"))
                .containsExactly("1:1 Talks about bitcoin, stocks, bonds but has no disclosure.");
        assertThat(findings(rule, "a.txt", base + "This is not financial advice.\n")).isEmpty();
        assertThat(findings(rule, "a.txt", "This is not financial advice.\n\n" + base + "One.\n\nTwo.\n"))
                .hasSize(1);
        assertThat(findings(rule, "a.txt", "Markets\n\nBitcoin rose. Stocks fell. Bitcoin rose again.\n"))
                .isEmpty();
    }

    @Test
    void requiredCanLookAtLinksAndTheSource() {
        String rule = HEAD + """
                kind: required
                message: 'Affiliate links (%s) without a disclosure.'
                when:
                  patterns: ['[?&]tag=[\\w-]+-20\\b', 'rel="sponsored"']
                  wordboundaries: false
                  scope: [links, source]
                require:
                  terms: [as an amazon associate]
                  scope: [all, source]
                """;
        String html = "<title>Best kettles</title><p>Buy the <a href=\"https://amazon.example/k?tag=site-20\">kettle"
                + "</a>.</p>";
        assertThat(findings(rule, "a.html", html))
                .containsExactly("1:8 Affiliate links (?tag=site-20) without a disclosure.");
        assertThat(findings(rule, "a.html", html + "<footer>As an Amazon Associate we earn.</footer>")).isEmpty();
        assertThat(findings(rule, "a.html", "<p>A <a rel=\"sponsored\" href=\"/x\">deal</a>.</p>"))
                .containsExactly("1:1 Affiliate links (rel=\"sponsored\") without a disclosure.");
    }

    @Test
    void anyConditionHoldsWhenOneOfItsConditionsDoes() {
        String rule = HEAD + """
                kind: required
                message: 'Sales copy (%s) without terms.'
                when:
                  any:
                    - {terms: [discount], min: 2}
                    - {terms: [free trial]}
                require:
                  terms: [terms apply]
                """;
        assertThat(findings(rule, "a.txt", "A discount today.\n")).isEmpty();
        assertThat(findings(rule, "a.txt", "A discount today, a discount tomorrow.\n"))
                .containsExactly("1:1 Sales copy (discount) without terms.");
        assertThat(findings(rule, "a.txt", "Start a free trial.\n"))
                .containsExactly("1:1 Sales copy (free trial) without terms.");
        assertThat(findings(rule, "a.txt", "Start a free trial. Terms apply.\n")).isEmpty();
        assertThat(YamlRules.error("bad", HEAD + "kind: required\nmessage: m\nwhen: {any: 3}\nrequire: {terms: [a]}\n"))
                .isEqualTo("rules/bad.yaml:5:13: any must be a list of conditions");
    }

    @Test
    void topicConditionsUseTheTopicLexicons() {
        String rule = HEAD + """
                kind: required
                message: 'A health article (%s) without a disclaimer.'
                when: {topic: [health, mental-health]}
                require: {terms: [not medical advice]}
                """;
        String health = "Managing Migraine\n\nMigraine causes severe headaches. Painkillers such as ibuprofen work "
                + "best early in an attack, and preventive medication helps when attacks are frequent. Talk to your "
                + "doctor about treatment and side effects.\n";
        assertThat(findings(rule, "a.txt", health))
                .containsExactly("1:1 A health article (migraine, doctor, medication) without a disclaimer.");
        assertThat(findings(rule, "a.txt", health + "\nThis is not medical advice.\n")).isEmpty();
        String garden = "Lawn Care in Spring\n\nRake out dead grass, overseed thin patches and feed the lawn with a "
                + "slow-release fertiliser. Mow high and water deeply once a week.\n";
        assertThat(findings(rule, "a.txt", garden)).isEmpty();
    }

    @Test
    void unlessTurnsARuleOffForSomeDocuments() {
        String rule = HEAD + """
                kind: existence
                message: '%s'
                patterns: ['<p>']
                wordboundaries: false
                unless: {terms: [tag], min: 2}
                """;
        assertThat(findings(rule, "a.txt", "Text <p> leaked.\n")).containsExactly("1:6 <p>");
        assertThat(findings(rule, "a.txt", "The <p> tag opens a paragraph; close the tag.\n")).isEmpty();
    }

    @Test
    void metricMeasuresReadabilityAndLength() {
        String grade = HEAD + """
                kind: metric
                message: 'grade %s'
                formula: flesch-kincaid-grade
                max: 8
                """;
        String hard = "<h1>Title</h1><p>The pharmacological characterization of dissociative anesthetics "
                + "demonstrates considerable variability. Comprehensive neuropsychological evaluation necessitates "
                + "interdisciplinary collaboration.</p>";
        assertThat(findings(grade, "a.html", hard)).containsExactly("1:5 grade 39.3");
        assertThat(findings(grade, "a.html", "<h1>Title</h1><p>The cat sat on the mat. It was warm.</p>")).isEmpty();
        String words = HEAD + """
                kind: metric
                message: '%s words'
                formula: words
                scope: sentence
                max: 5
                """;
        assertThat(findings(words, "a.txt", "One two three. One two three four five six seven.\n"))
                .containsExactly("1:16 7 words");
    }
}
