package dev.copydesk.rule.yaml;

import static dev.copydesk.rule.yaml.YamlRules.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.ConfigLoader;
import dev.copydesk.config.RuleSetting;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.Severity;
import dev.copydesk.testing.Lint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reading rule files: metadata, and a one-line error at the right line and column for every mistake. */
class RuleReaderTest {

    private static final String GOOD = """
            kind: existence
            level: warning
            description: Says "utilize".
            help: Plain words read faster.
            link: https://style.example/utilize
            message: 'Use "use" instead of "%s".'
            terms: [utilize, utilise]
            """;

    @Test
    void readsMetadataFromTheFileNameAndKeys() throws ConfigException {
        YamlRuleDefinition d = new RuleReader().read("no-utilize", "my-rules/no-utilize.yaml", GOOD, false);
        RuleMeta m = d.meta();
        assertThat(m.id()).isEqualTo("no-utilize");
        assertThat(m.severity()).isEqualTo(Severity.WARNING);
        assertThat(m.summary()).isEqualTo("Says \"utilize\".");
        assertThat(m.help()).isEqualTo("Plain words read faster. See https://style.example/utilize.");
        assertThat(d.kind()).isEqualTo("existence");
        assertThat(d.link()).contains("https://style.example/utilize");
        assertThat(d.path()).isEqualTo("my-rules/no-utilize.yaml");
        assertThat(d.text()).isEqualTo(GOOD);
        assertThat(d.builtin()).isFalse();
    }

    @Test
    void ruleIdsComeFromFileNames() {
        assertThat(RuleReader.idOf("no-utilize.yaml")).contains("no-utilize");
        assertThat(RuleReader.idOf("no-utilize.yml")).contains("no-utilize");
        assertThat(RuleReader.idOf("notes.txt")).isEmpty();
        assertThat(error("No_Utilize", GOOD)).isEqualTo("rules/No_Utilize.yaml:1:1: \"No_Utilize\" is not a valid "
                + "rule id: name the file in kebab-case, like my-rule.yaml");
    }

    @Test
    void malformedYamlIsAnErrorAtItsPosition() {
        assertThat(error("bad", "kind: existence\nterms: [a, b\nlevel: info\n"))
                .startsWith("rules/bad.yaml:3:").contains("invalid YAML");
        assertThat(error("bad", "- just\n- a list\n"))
                .isEqualTo("rules/bad.yaml:1:1: a rule file must be a mapping, not a list");
        assertThat(error("bad", "kind: existence\nkind: existence\n"))
                .isEqualTo("rules/bad.yaml:2:1: duplicate key \"kind\"");
    }

    @Test
    void unknownKeysAreErrorsNamingTheKnownOnes() {
        assertThat(error("bad", GOOD + "pattern: x\n")).isEqualTo("rules/bad.yaml:8:1: unknown key \"pattern\" in "
                + "an existence rule (known keys: kind, level, message, description, help, link, exceptions, when, "
                + "unless, terms, patterns, ignorecase, wordboundaries, scope, ignorecited)");
        assertThat(error("bad", """
                kind: metric
                level: info
                description: d
                message: m
                formula: words
                max: 3
                exceptions: [a]
                """)).startsWith("rules/bad.yaml:7:1: unknown key \"exceptions\" in a metric rule");
        assertThat(error("bad", """
                kind: required
                level: error
                description: d
                message: m
                require: {terms: [a], within: 3}
                """)).startsWith("rules/bad.yaml:5:23: unknown key \"within\" in require (known keys: terms,");
    }

    @Test
    void badValuesAreErrorsAtTheValue() {
        assertThat(error("bad", GOOD.replace("kind: existence", "kind: exists")))
                .isEqualTo("rules/bad.yaml:1:7: kind must be one of existence, substitution, occurrence, repetition, "
                        + "required, metric, not \"exists\"");
        assertThat(error("bad", GOOD.replace("level: warning", "level: loud")))
                .isEqualTo("rules/bad.yaml:2:8: level must be error, warning or info, not \"loud\"");
        assertThat(error("bad", GOOD + "scope: [paragraph, footnote]\n"))
                .isEqualTo("rules/bad.yaml:8:20: unknown scope \"footnote\" (scopes: title, heading, paragraph, list, "
                        + "table, caption, sentence, related, body, article, all)");
        assertThat(error("bad", GOOD + "scope: [sentence, body]\n"))
                .startsWith("rules/bad.yaml:8:9: scope sentence cannot be combined with paragraph");
        assertThat(error("bad", GOOD + "scope: links\n"))
                .isEqualTo("rules/bad.yaml:8:8: scope links is only for when and require");
        assertThat(error("bad", GOOD + "ignorecase: maybe\n"))
                .isEqualTo("rules/bad.yaml:8:13: ignorecase must be true or false, not \"maybe\"");
        assertThat(error("bad", GOOD.replace("%s", "%d")))
                .isEqualTo("rules/bad.yaml:6:10: message has an unknown placeholder \"%d\" (use %s for the match, %% "
                        + "for a percent sign)");
    }

    @Test
    void missingKeysAreNamed() {
        assertThat(error("bad", "level: info\ndescription: d\nmessage: m\n"))
                .isEqualTo("rules/bad.yaml:1:1: a rule needs kind: one of existence, substitution, occurrence, "
                        + "repetition, required, metric");
        assertThat(error("bad", GOOD.replace("description: Says \"utilize\".\n", "")))
                .isEqualTo("rules/bad.yaml:1:1: a rule needs description");
        assertThat(error("bad", GOOD.replace("terms: [utilize, utilise]\n", "")))
                .isEqualTo("rules/bad.yaml:1:1: an existence rule needs terms or patterns");
        assertThat(error("bad", "kind: metric\nlevel: info\ndescription: d\nmessage: m\nmax: 3\n"))
                .isEqualTo("rules/bad.yaml:1:1: a metric rule needs formula: one of flesch-reading-ease, "
                        + "flesch-kincaid-grade, average-sentence-length, words, sentences");
    }

    @Test
    void patternsAndTermsAreCheckedWhenRead() {
        assertThat(error("bad", GOOD + "patterns: ['ok', '(unclosed']\n"))
                .isEqualTo("rules/bad.yaml:8:18: invalid pattern \"(unclosed\": Unclosed group at index 9");
        assertThat(error("bad", GOOD.replace("[utilize, utilise]", "[utilize, 'Share this:']")))
                .startsWith("rules/bad.yaml:7:18: term \"Share this:\" contains \":\": terms are words and phrases");
    }

    @Test
    void topicConditionsAreCheckedAgainstTheLexiconsWhenTheRuleIsBuilt() throws ConfigException {
        assertThat(error("bad", GOOD + "when: {topic: Health!}\n"))
                .isEqualTo("rules/bad.yaml:8:15: \"Health!\" is not a topic id");
        assertThat(error("bad", GOOD + "when: {topic: health, share: 2}\n"))
                .isEqualTo("rules/bad.yaml:8:30: share must be between 0 and 1");
        YamlRuleDefinition d = new RuleReader().read("t", "rules/t.yaml", GOOD + "when: {topic: [health, astrology]}\n",
                false);
        assertThatThrownBy(() -> d.provider().create(RuleOptions.none("t"), new RuleEnvironment(Lint.TODAY)))
                .extracting(e -> ((ConfigException) e).oneLine()).asString()
                .startsWith("rules/t.yaml:8:24: unknown topic \"astrology\" (known: careers-business, crypto,");
        assertThat(error("bad", GOOD + "when: {terms: [a], minimum: 2}\n"))
                .startsWith("rules/bad.yaml:8:20: unknown key \"minimum\" in a condition");
    }

    @Test
    void configOptionsReplaceTheRulesOwnKeys() throws ConfigException {
        String yaml = """
                kind: metric
                level: info
                description: Long sentences.
                message: '%s words'
                formula: words
                scope: sentence
                max: 5
                """;
        YamlRuleDefinition d = new RuleReader().read("short", "rules/short.yaml", yaml, false);
        RuleSetting s = ConfigLoader.parse("rules:\n  short:\n    max: 8\n", ".copydesk.yaml", null, Path.of("/x"))
                .rules().get("short");
        var rule = d.provider().create(new RuleOptions("short", s.options()), new RuleEnvironment(Lint.TODAY));
        String text = "One two three four five six seven.\nOne two three four five six seven eight nine.\n";
        assertThat(Lint.runRules("a.txt", text, java.util.List.of(rule)))
                .singleElement().satisfies(x -> assertThat(x.message()).isEqualTo("9 words"));

        RuleSetting bad = ConfigLoader.parse("rules:\n  short:\n    max: lots\n", ".copydesk.yaml", null, Path.of("/x"))
                .rules().get("short");
        assertThatThrownBy(() -> d.provider().create(new RuleOptions("short", bad.options()),
                new RuleEnvironment(Lint.TODAY))).isInstanceOf(ConfigException.class)
                .extracting(e -> ((ConfigException) e).oneLine())
                .isEqualTo(".copydesk.yaml:3:10: max must be a number, not \"lots\"");
        RuleSetting unknown = ConfigLoader.parse("rules:\n  short:\n    maximum: 3\n", ".copydesk.yaml", null,
                Path.of("/x")).rules().get("short");
        assertThatThrownBy(() -> d.provider().create(new RuleOptions("short", unknown.options()),
                new RuleEnvironment(Lint.TODAY))).extracting(e -> ((ConfigException) e).oneLine())
                .asString().startsWith(".copydesk.yaml:3:5: unknown option \"maximum\" for rule short (a metric "
                        + "rule takes: message, description");
        RuleSetting kind = ConfigLoader.parse("rules:\n  short:\n    kind: existence\n", ".copydesk.yaml", null,
                Path.of("/x")).rules().get("short");
        assertThatThrownBy(() -> d.provider().create(new RuleOptions("short", kind.options()),
                new RuleEnvironment(Lint.TODAY))).extracting(e -> ((ConfigException) e).oneLine())
                .isEqualTo(".copydesk.yaml:3:5: the kind of rule short cannot be changed here");
    }
}
