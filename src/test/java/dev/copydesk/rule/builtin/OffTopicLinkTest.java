package dev.copydesk.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigException;
import dev.copydesk.config.ConfigLoader;
import dev.copydesk.config.RuleSetting;
import dev.copydesk.document.Document;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.source.SourceFile;
import dev.copydesk.testing.Lint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffTopicLinkTest {

    private static final String KETAMINE = """
            Ketamine Therapy: What to Expect

            Ketamine has emerged as a treatment for depression and anxiety. In low doses it can produce rapid antidepressant effects, and sessions take place in a clinic under the care of a mental health professional.

            This article is in the category Treatment
            Discover effective remedies to cure a weed hangover and regain your wellness.
            Discover when to apply Scotts Weed and Feed for optimal lawn health and lush growth.
            Discover what purple weed is, its unique effects, and its rising popularity in cannabis culture.
            """;

    @TempDir
    Path dir;

    private List<Finding> check(String config, String text) throws Exception {
        Config c = ConfigLoader.parse(config, ".copydesk.yaml", null, dir);
        RuleSetting s = c.rules().get("off-topic-link");
        RuleOptions options = s == null ? RuleOptions.none("off-topic-link")
                : new RuleOptions("off-topic-link", s.options());
        Rule rule = OffTopicLink.PROVIDER.create(options, new RuleEnvironment(Lint.TODAY).withSite(c.site()));
        Document d = Lint.parse(new SourceFile("a.txt", text));
        List<Finding> out = new ArrayList<>();
        rule.check(d, out::add);
        return out;
    }

    @Test
    void flagsTheLawnTeaserUnderTheKetamineArticleAndExplainsWhy() throws Exception {
        List<Finding> found = check("", KETAMINE);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(KETAMINE.substring(f.span().start(), f.span().end())).isEqualTo(
                    "Discover when to apply Scotts Weed and Feed for optimal lawn health and lush growth.");
            assertThat(f.message()).isEqualTo("Related link \"Discover when to apply Scotts Weed and Feed for "
                    + "optimal…\" is about lawn and garden care (lawn health, scotts, weed and feed); the article is "
                    + "about mental health, and health and medicine (ketamine therapy, treatment, antidepressant).");
            assertThat(f.data()).containsKeys("itemTopics", "articleTopics", "onTopic", "similarity");
            @SuppressWarnings("unchecked")
            Map<String, Object> item = ((List<Map<String, Object>>) f.data().get("itemTopics")).get(0);
            assertThat(item).containsEntry("id", "lawn-garden").containsEntry("label", "lawn and garden care");
            assertThat(f.data().get("onTopic").toString()).contains("mental-health", "substance-use");
        });
    }

    @Test
    void siteTopicsAreAlwaysOnTopic() throws Exception {
        assertThat(check("site: {topics: [lawn-garden]}\n", KETAMINE)).isEmpty();
    }

    @Test
    void allowPatternsMatchTheItemText() throws Exception {
        assertThat(check("rules:\n  off-topic-link:\n    allow: ['scotts']\n", KETAMINE)).isEmpty();
        assertThat(check("rules:\n  off-topic-link:\n    allow: ['^nothing$']\n", KETAMINE)).hasSize(1);
    }

    @Test
    void aHigherThresholdNeedsMoreEvidence() throws Exception {
        assertThat(check("rules:\n  off-topic-link:\n    threshold: 13\n", KETAMINE)).isEmpty();
    }

    @Test
    void anArticleWhoseSubjectIsUnknownJudgesNothing() throws Exception {
        String text = """
                Notes From the Week

                We moved offices on Tuesday and the new kettle works. Thanks to everyone who helped carry boxes.

                Filed under Notes
                Discover when to apply Scotts Weed and Feed for optimal lawn health and lush growth.
                Discover the risks of smoking marijuana during pregnancy.
                Ten things we learned this week.
                """;
        assertThat(check("", text)).isEmpty();
        assertThat(check("site: {topics: [substance-use]}\n", text)).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("the site covers substance use."));
    }

    @Test
    void badOptionsAndUnknownTopicsAreConfigErrors() {
        assertThatThrownBy(() -> check("site: {topics: [lawns]}\n", KETAMINE)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).oneLine()).startsWith(
                        ".copydesk.yaml:1:17: unknown topic \"lawns\" in site.topics (known: careers-business,"));
        assertThatThrownBy(() -> check("rules:\n  off-topic-link:\n    allow: ['(']\n", KETAMINE))
                .satisfies(e -> assertThat(((ConfigException) e).oneLine()).startsWith(
                        ".copydesk.yaml:3:13: bad regular expression in allow"));
        assertThatThrownBy(() -> check("rules:\n  off-topic-link:\n    threshold: 0\n", KETAMINE))
                .satisfies(e -> assertThat(((ConfigException) e).oneLine()).isEqualTo(
                        ".copydesk.yaml:3:16: threshold must be above 0, not 0.0"));
    }

    @Test
    void userLexiconsAddTopicsAndReplaceShippedOnes() throws Exception {
        Path topics = Files.createDirectories(dir.resolve("topics"));
        Files.writeString(topics.resolve("boating.yaml"), """
                id: boating
                label: boating and sailing
                terms: {sailboat: 3, outboard motor: 3, marina: 2}
                """);
        String text = """
                Choosing Your First Sailboat

                A small sailboat is the easiest way to learn. Keep it at a marina near home and service the outboard motor every spring.

                Related articles
                How to tie a bowline knot on a sailboat.
                Discover when to apply Scotts Weed and Feed for optimal lawn health and lush growth.
                Marina fees compared: what a sailboat berth costs.
                Winter storage for your outboard motor.
                """;
        assertThat(check("", text)).isEmpty(); // the shipped topics do not know boating: the article is unknown
        List<Finding> found = check("site: {lexicons: [topics]}\n", text);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message()).contains(
                "is about lawn and garden care").endsWith("the article is about boating and sailing (sailboat, "
                + "outboard motor, marina)."));
        Files.writeString(topics.resolve("lawn-garden.yaml"), """
                id: lawn-garden
                label: lawns
                terms: {lawn: 3}
                senses:
                  weed: {weight: 3, cues: [feed]}
                """);
        assertThat(check("site: {lexicons: [topics]}\n", text)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is about lawns (lawn, weed)"));
    }

    @Test
    void brokenUserLexiconsAreConfigErrorsAtTheirPlace() throws Exception {
        Path topics = Files.createDirectories(dir.resolve("topics"));
        Files.writeString(topics.resolve("boating.yaml"), "id: boating\nlabel: boats\nterms: {sail: big}\n");
        assertThatThrownBy(() -> check("site: {lexicons: [topics]}\n", KETAMINE))
                .satisfies(e -> assertThat(((ConfigException) e).oneLine()).isEqualTo(
                        "topics/boating.yaml:3:15: the weight of \"sail\" must be a number, not \"big\""));
        Files.writeString(topics.resolve("boating.yaml"), "id: boating\nlabel: boats\nrelated: [sailing]\n"
                + "terms: {sail: 3}\n");
        assertThatThrownBy(() -> check("site: {lexicons: [topics]}\n", KETAMINE))
                .satisfies(e -> assertThat(((ConfigException) e).oneLine()).isEqualTo(
                        "topics/boating.yaml:1:1: topic boating names an unknown related topic \"sailing\""));
    }
}
