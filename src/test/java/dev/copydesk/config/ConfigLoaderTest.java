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
                        + " exclude, overrides, site, packs)");
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
    void siteMistakesAreReportedAtTheirPlace() {
        assertThat(error("site:\n  topic: [health]\n")).isEqualTo(".copydesk.yaml:2:3: unknown key \"topic\" in "
                + "site (known keys: topics, lexicons)");
        assertThat(error("site:\n  lexicons: [no-such-folder]\n")).isEqualTo(".copydesk.yaml:2:14: topic "
                + "lexicons folder \"no-such-folder\" not found (folders are relative to this file)");
        assertThat(error("site: [health]\n")).isEqualTo(".copydesk.yaml:1:7: site must be a mapping, not a list");
    }
}
