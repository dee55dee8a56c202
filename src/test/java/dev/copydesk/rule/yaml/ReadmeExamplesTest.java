package dev.copydesk.rule.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigException;
import dev.copydesk.config.ConfigLoader;
import dev.copydesk.report.Diagnostic;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.testing.Lint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README section on writing rules: its examples load and do what it says, and its pack list is complete. */
class ReadmeExamplesTest {

    private static final Path SECTION = Path.of("README.md");
    private static final Pattern BLOCK = Pattern.compile("```yaml\\n# (\\S+)\\n(.*?)```", Pattern.DOTALL);

    private static String text;
    private static final Map<String, String> RULES = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(SECTION);
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            RULES.put(m.group(1), m.group(2));
        }
    }

    private static Rule rule(String file) throws ConfigException {
        String id = RuleReader.idOf(file.substring(file.lastIndexOf('/') + 1)).orElseThrow();
        return new RuleReader().read(id, file, RULES.get(file), false).provider()
                .create(RuleOptions.none(id), new RuleEnvironment(Lint.TODAY));
    }

    private static List<String> run(String file, String name, String article) throws ConfigException {
        List<Diagnostic> d = Lint.runRules(name, article, List.of(rule(file)));
        return d.stream().map(x -> x.start().line() + ":" + x.start().column() + " " + x.message()).toList();
    }

    @Test
    void thereIsAnExampleOfEveryKindAndEachLoads() throws ConfigException {
        List<String> kinds = new ArrayList<>();
        for (String file : RULES.keySet()) {
            if (file.startsWith("my-rules/")) {
                rule(file);
                Matcher k = Pattern.compile("(?m)^kind: (\\w+)").matcher(RULES.get(file));
                assertThat(k.find()).isTrue();
                kinds.add(k.group(1));
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("substitution", "existence", "substitution", "occurrence",
                "repetition", "required", "metric");
    }

    @Test
    void theExamplesFindWhatTheySay() throws ConfigException {
        assertThat(run("my-rules/house/no-utilize.yaml", "a.txt", "We utilize it.\n"))
                .containsExactly("1:4 Use \"use\" instead of \"utilize\".");
        assertThat(run("my-rules/no-superlatives.yaml", "a.txt",
                "The best way to start.\n\nOur #1 rated, world-class service.\n"))
                .containsExactly("3:5 \"#1 rated\" is a claim: back it up or drop it.",
                        "3:15 \"world-class\" is a claim: back it up or drop it.");
        assertThat(run("my-rules/house-style.yaml", "a.txt", "In order to reply, send an e-mail.\n"))
                .containsExactly("1:1 House style is \"To\", not \"In order to\".",
                        "1:28 House style is \"email\", not \"e-mail\".");
        assertThat(run("my-rules/exclamation-marks.yaml", "a.txt", "Wow! Great!\n"))
                .containsExactly("1:11 2 exclamation marks in one paragraph: keep one at most.");
        assertThat(run("my-rules/doubled-word.yaml", "a.txt", "Read the the manual. He had had enough.\n"))
                .containsExactly("1:10 \"the\" is repeated.");
        String story = "<h1>Council Votes on Budget</h1>\n<p>The mayor said the vote was close. A spokesperson said "
                + "more details would follow, according to the council.</p>\n";
        assertThat(run("my-rules/missing-byline.yaml", "a.html", story))
                .containsExactly("1:5 A news story (said, spokesperson, according to) without a byline.");
        assertThat(run("my-rules/missing-byline.yaml", "a.html", story.replace("\n<p>The mayor",
                "\n<p>By Dana Ortiz</p>\n<p>The mayor"))).isEmpty();
        assertThat(run("my-rules/short-paragraphs.yaml", "a.txt", ("word ".repeat(121)).trim() + ".\n"))
                .containsExactly("1:1 This paragraph has 121 words: split it.");
    }

    @Test
    void theConfigExampleLoads(@TempDir Path dir) throws IOException, ConfigException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("style-rules"));
        Files.createDirectories(dir.resolve("shared/house-rules"));
        Config c = ConfigLoader.parse(RULES.get(".copydesk.yaml"), ".copydesk.yaml", null, site);
        assertThat(c.packs()).extracting(f -> f.display()).containsExactly("style-rules", "../shared/house-rules");
        assertThat(c.rules()).containsOnlyKeys("no-utilize", "readability");
    }

    @Test
    void theStatedErrorsAreTheRealOnes() {
        assertThat(text).contains("copydesk: error: " + YamlRules.error("no-utilize",
                RULES.get("my-rules/house/no-utilize.yaml").replace("swap:", "swaps:"))
                .replace("rules/no-utilize.yaml", "my-rules/no-utilize.yaml"));
        String dates = "kind: existence\nlevel: info\ndescription: d\nmessage: m\npatterns:\n  - ok\n"
                + "  - '(\\d{4}'\n";
        assertThat(text).contains("copydesk: error: " + YamlRules.error("dates", dates)
                .replace("rules/dates.yaml", "my-rules/dates.yaml"));
    }

    @Test
    void thePackTableListsEveryShippedRuleWithItsPackAndLevel() {
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `(\\w+)` \\| \\[`([a-z-]+)`\\]\\(docs/rules/\\2\\.md\\) \\| (\\w+) \\|")
                .matcher(text);
        while (m.find()) {
            rows.add(m.group(1) + "/" + m.group(2) + ".yaml " + m.group(3));
        }
        List<String> shipped = RulePacks.shipped().stream()
                .map(d -> d.path().substring("rules/".length()) + " " + d.meta().severity().id()).toList();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(shipped);
    }
}
