package dev.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.rule.Severity;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private static Config parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(yaml, ".copydesk.yaml", null, Path.of("/site"));
    }

    private static String error(String yaml) {
        try {
            parse(yaml);
        } catch (ConfigException e) {
            return e.oneLine();
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @Test
    void readsRulesIncludeExcludeAndOverrides() throws ConfigException {
        Config c = parse("""
                rules:
                  stale-year: off
                  duplicate-sentence: info
                  vague-link-text:
                    severity: error
                    phrases: [see more]
                include: ["**/*.md"]
                exclude: drafts/**
                overrides:
                  - files: ["news/**"]
                    rules: {stale-year: error}
                """);
        assertThat(c.rules().get("stale-year").enabled()).contains(false);
        assertThat(c.rules().get("duplicate-sentence").severity()).contains(Severity.INFO);
        RuleSetting v = c.rules().get("vague-link-text");
        assertThat(v.severity()).contains(Severity.ERROR);
        assertThat(v.options().strings("phrases")).containsExactly("see more");
        assertThat(v.options().entries()).containsOnlyKeys("phrases");
        assertThat(c.include()).containsExactly("**/*.md");
        assertThat(c.exclude()).containsExactly("drafts/**");
        assertThat(c.overrides()).singleElement().satisfies(o -> {
            assertThat(o.files()).containsExactly("news/**");
            assertThat(o.rules().get("stale-year").severity()).contains(Severity.ERROR);
        });
    }

    @Test
    void emptyFileIsTheDefaults() throws ConfigException {
        assertThat(parse("").rules()).isEmpty();
        assertThat(parse("# only a comment\n").rules()).isEmpty();
    }

    @Test
    void errorsNameFileLineAndColumn() {
        assertThat(error("rules:\n  stale-year: loud\n"))
                .isEqualTo(".copydesk.yaml:2:15: rule stale-year must be off, on, error, warning, info or a mapping,"
                        + " not \"loud\"");
        assertThat(error("rules: {}\nexlude: [a]\n"))
                .isEqualTo(".copydesk.yaml:2:1: unknown key \"exlude\" in the config file (known keys: rules, include,"
                        + " exclude, overrides, site, packs, grammar, vocabulary)");
        assertThat(error("rules:\n  x:\n    severity: huge\n"))
                .isEqualTo(".copydesk.yaml:3:15: severity must be error, warning or info, not \"huge\"");
        assertThat(error("overrides:\n  - rules: {}\n")).isEqualTo(
                ".copydesk.yaml:2:5: an override needs files: a list of globs");
        assertThat(error("rules: [a, b]\n")).isEqualTo(".copydesk.yaml:1:8: rules must be a mapping, not a list");
        assertThat(error("rules:\n  a: on\n  a: off\n")).isEqualTo(".copydesk.yaml:3:3: duplicate key \"a\"");
        assertThat(error("rules: {a: [}\n")).startsWith(".copydesk.yaml:1:").contains("invalid YAML");
        assertThat(error("- just\n- a list\n")).isEqualTo(".copydesk.yaml:1:1: the config file must be a mapping, "
                + "not a list");
    }

    @Test
    void settingsMergeWithOverridesWinning() throws ConfigException {
        Config c = parse("""
                rules:
                  vague-link-text: {severity: error, phrases: [a]}
                overrides:
                  - files: [x]
                    rules:
                      vague-link-text: {phrases: [b]}
                """);
        RuleSetting merged = c.rules().get("vague-link-text").merge(c.overrides().get(0).rules().get(
                "vague-link-text"));
        assertThat(merged.severity()).isEqualTo(Optional.of(Severity.ERROR));
        assertThat(merged.options().strings("phrases")).containsExactly("b");
    }

    @Test
    void readsGrammarSettingsOnTopOfTheDefaults() throws ConfigException {
        assertThat(parse("rules: {}\n").grammar()).isEqualTo(GrammarSettings.DEFAULT);
        assertThat(parse("grammar: off\n").grammar().enabled()).isFalse();
        GrammarSettings g = parse("""
                grammar:
                  language: en-GB
                  enabledCategories: [grammar, TYPOS]
                  disabledRules: [EN_A_VS_AN]
                  enabledRules: [EN_UNPAIRED_QUOTES, PASSIVE_VOICE]
                  maxCharacters: 5000
                """).grammar();
        assertThat(g.enabled()).isTrue();
        assertThat(g.language()).isEqualTo("en-GB");
        assertThat(g.enabledCategories()).containsExactly("GRAMMAR", "TYPOS");
        assertThat(g.disabledRules()).containsExactly("COMMA_COMPOUND_SENTENCE", "COMMA_COMPOUND_SENTENCE_2",
                "EN_A_VS_AN", "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE");
        assertThat(g.enabledRules()).containsExactly("EN_UNPAIRED_QUOTES", "PASSIVE_VOICE");
        assertThat(g.maxCharacters()).isEqualTo(5000);
    }

    @Test
    void grammarMistakesNameLineAndColumn() {
        assertThat(error("grammar:\n  language: fr\n")).isEqualTo(".copydesk.yaml:2:13: grammar language must be "
                + "one of en-US, en-GB, en-AU, en-CA, en-NZ, en-ZA, not \"fr\"");
        assertThat(error("grammar:\n  enabledCategories: [GRAMMAR, STYEL]\n")).startsWith(
                ".copydesk.yaml:2:32: unknown LanguageTool category \"STYEL\" (known: GRAMMAR, TYPOS,");
        assertThat(error("grammar:\n  disabledRules:\n    - en a vs an\n")).isEqualTo(".copydesk.yaml:3:7: "
                + "\"en a vs an\" is not a LanguageTool rule id (upper case, like EN_A_VS_AN)");
        assertThat(error("grammar:\n  langauge: en-GB\n")).isEqualTo(".copydesk.yaml:2:3: unknown key "
                + "\"langauge\" in grammar (known keys: enabled, language, enabledCategories, disabledRules, "
                + "enabledRules, maxCharacters)");
        assertThat(error("grammar:\n  maxCharacters: 0\n")).isEqualTo(".copydesk.yaml:2:18: grammar "
                + "maxCharacters must be a positive number of characters");
        assertThat(error("grammar: sometimes\n")).isEqualTo(".copydesk.yaml:1:10: grammar must be true or "
                + "false, not \"sometimes\"");
    }

    @Test
    void readsTheVocabularyAndItsFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("words.txt"), """
                # Our names
                Quillmate
                  Acme Garden Co
                !click here -> select
                !utilise
                """);
        Config c = ConfigLoader.parse("""
                vocabulary:
                  accept: [SubstanceAbuseAction]
                  reject: ["e-mail -> email", web site]
                  files: [words.txt]
                """, ".copydesk.yaml", null, dir);
        Vocabulary v = c.vocabulary();
        assertThat(v.accept()).containsExactly("Acme Garden Co", "Quillmate", "SubstanceAbuseAction");
        assertThat(v.reject()).extracting(r -> r.term() + r.preferred().map(p -> " -> " + p).orElse(""))
                .containsExactly("e-mail -> email", "web site", "click here -> select", "utilise");
    }

    @Test
    void vocabularyMistakesNameLineAndColumn(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("words.txt"), "fine\n\n  !  -> x\n");
        assertThat(errorIn(dir, "vocabulary:\n  files: [words.txt]\n")).isEqualTo(
                "words.txt:3:3: a vocabulary term needs a letter or digit, not \"\"");
        assertThat(errorIn(dir, "vocabulary:\n  files: [missing.txt]\n")).startsWith(
                ".copydesk.yaml:2:11: cannot read vocabulary file missing.txt: ");
        assertThat(errorIn(dir, "vocabulary:\n  accept: [\"--\"]\n")).isEqualTo(
                ".copydesk.yaml:2:12: a vocabulary term needs a letter or digit, not \"--\"");
        assertThat(errorIn(dir, "vocabulary:\n  allow: [x]\n")).isEqualTo(".copydesk.yaml:2:3: unknown key "
                + "\"allow\" in vocabulary (known keys: accept, reject, files)");
    }

    private static String errorIn(Path dir, String yaml) {
        try {
            ConfigLoader.parse(yaml, ".copydesk.yaml", null, dir);
        } catch (ConfigException e) {
            return e.oneLine();
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @Test
    void readsTheSiteSection(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("topics"));
        Config c = ConfigLoader.parse("site:\n  topics: [mental-health, substance-use]\n  lexicons: topics\n",
                "conf/.copydesk.yaml", null, dir);
        assertThat(c.site().topicIds()).containsExactly("mental-health", "substance-use");
        assertThat(c.site().topics().get(1).location().toString()).isEqualTo("conf/.copydesk.yaml:2:27");
        assertThat(c.site().lexicons()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(dir.resolve("topics"));
            assertThat(f.display()).isEqualTo("conf/topics");
        });
        assertThat(parse("rules: {}\n").site()).isEqualTo(Site.NONE);
    }

    @Test
    void anOverrideMayHaveASiteSection() throws Exception {
        Config c = parse("site: {topics: [health]}\noverrides:\n  - files: [\"garden/**\"]\n    site:\n"
                + "      topics: [lawn-garden]\n  - files: [\"news/**\"]\n    rules: {stale-year: error}\n");
        assertThat(c.overrides().get(0).site()).hasValueSatisfying(s -> {
            assertThat(s.topicIds()).containsExactly("lawn-garden");
            assertThat(c.site().with(s).topicIds()).containsExactly("lawn-garden");
        });
        assertThat(c.overrides().get(1).site()).isEmpty();
        assertThat(error("overrides:\n  - files: [a]\n    site: {topic: [x]}\n")).startsWith(
                ".copydesk.yaml:3:12: unknown key \"topic\" in site");
    }

    @Test
    void siteMistakesAreReportedAtTheirPlace() {
        assertThat(error("site:\n  topic: [health]\n")).isEqualTo(".copydesk.yaml:2:3: unknown key \"topic\" in "
                + "site (known keys: topics, lexicons)");
        assertThat(error("site:\n  lexicons: [no-such-folder]\n")).isEqualTo(".copydesk.yaml:2:14: topic "
                + "lexicons folder \"no-such-folder\" not found (folders are relative to this file)");
        assertThat(error("site: [health]\n")).isEqualTo(".copydesk.yaml:1:7: site must be a mapping, not a list");
    }
}
