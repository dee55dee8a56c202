package dev.copydesk.rule.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.config.ConfigException;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.builtin.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePacksTest {

    private static final Path RULES = Path.of("rules");

    private static final String RULE = """
            kind: existence
            level: info
            description: Says "%s".
            message: '%%s'
            terms: [%s]
            """;

    private static void write(Path file, String word) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, RULE.formatted(word, word));
    }

    @Test
    void theIndexListsExactlyTheRuleFilesOfThePackFolders() throws IOException, ConfigException {
        List<String> index = RulePacks.indexEntries(Files.readString(RULES.resolve("index.txt")), "rules/index.txt");
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(RULES)) {
            onDisk = s.filter(Files::isRegularFile)
                    .map(p -> RULES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.contains("/") && !RulePacks.NOT_RULES.contains(p.substring(0, p.indexOf('/'))))
                    .sorted()
                    .toList();
        }
        assertThat(index).isSorted().doesNotHaveDuplicates().containsExactlyElementsOf(onDisk);
    }

    @Test
    void everyShippedRuleLoadsFromTheJarResourcesWithDocsAndNoClashWithJavaRules() {
        List<YamlRuleDefinition> shipped = RulePacks.shipped();
        assertThat(shipped).extracting(YamlRuleDefinition::id).containsExactly(
                "missing-affiliate-disclosure", "missing-financial-disclaimer", "missing-crisis-resources",
                "missing-disclaimer", "weasel-words", "boilerplate", "leaked-markup", "mojibake", "cliche",
                "long-sentence", "readability", "repeated-opening");
        assertThat(shipped).allSatisfy(d -> {
            assertThat(d.builtin()).isTrue();
            assertThat(d.path()).startsWith("rules/").endsWith("/" + d.id() + ".yaml");
        });
        assertThat(BuiltinRules.registry().all()).hasSize(BuiltinRules.providers().size() + shipped.size());
    }

    @Test
    void aUserFolderIsWalkedSkippingLexiconsAndHiddenFolders(@TempDir Path dir) throws IOException,
            ConfigException {
        write(dir.resolve("style/no-utilize.yaml"), "utilize");
        write(dir.resolve("no-synergy.yml"), "synergy");
        write(dir.resolve("topics/health.yaml"), "not a rule");
        write(dir.resolve("vocabulary/words.yaml"), "not a rule");
        write(dir.resolve(".drafts/draft.yaml"), "not a rule");
        Files.writeString(dir.resolve("README.md"), "Our rules.\n");
        List<YamlRuleDefinition> rules = RulePacks.load(dir, "my-rules", new RuleReader());
        assertThat(rules).extracting(YamlRuleDefinition::id, YamlRuleDefinition::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("no-synergy", "my-rules/no-synergy.yml"),
                org.assertj.core.groups.Tuple.tuple("no-utilize", "my-rules/style/no-utilize.yaml"));
    }

    @Test
    void aUserFolderWithAnIndexLoadsOnlyWhatItLists(@TempDir Path dir) throws IOException, ConfigException {
        write(dir.resolve("a/one.yaml"), "one");
        write(dir.resolve("a/two.yaml"), "two");
        Files.writeString(dir.resolve("index.txt"), "# mine\na/two.yaml\n");
        assertThat(RulePacks.load(dir, "r", new RuleReader())).extracting(YamlRuleDefinition::id)
                .containsExactly("two");
        Files.writeString(dir.resolve("index.txt"), "a/one.yaml\n../x.yaml\n");
        assertThatThrownBy(() -> RulePacks.load(dir, "r", new RuleReader()))
                .extracting(e -> ((ConfigException) e).oneLine())
                .isEqualTo("r/index.txt:2:1: \"../x.yaml\" is not a rule file path (relative, with / between folders, "
                        + "ending in .yaml)");
    }

    @Test
    void errorsInAUserFolderNameTheFile(@TempDir Path dir) throws IOException {
        write(dir.resolve("a/dup.yaml"), "one");
        write(dir.resolve("b/dup.yaml"), "two");
        assertThatThrownBy(() -> RulePacks.load(dir, "r", new RuleReader()))
                .extracting(e -> ((ConfigException) e).oneLine())
                .isEqualTo("r/b/dup.yaml:1:1: rule dup is already defined in r/a/dup.yaml");
        assertThatThrownBy(() -> RulePacks.load(dir.resolve("missing"), "r/missing", new RuleReader()))
                .extracting(e -> ((ConfigException) e).oneLine())
                .isEqualTo("r/missing:1:1: rules folder not found");
    }

    @Test
    void laterRulesReplaceEarlierOnesWithTheSameId(@TempDir Path dir) throws IOException, ConfigException {
        write(dir.resolve("cliche.yaml"), "synergy");
        List<YamlRuleDefinition> mine = RulePacks.load(dir, "r", new RuleReader());
        List<RuleProvider> all = RulePacks.layer(BuiltinRules.registry().all(), mine);
        assertThat(all).filteredOn(p -> p.meta().id().equals("cliche")).singleElement()
                .satisfies(p -> assertThat(p.meta().summary()).isEqualTo("Says \"synergy\"."));
        assertThat(all).hasSize(BuiltinRules.registry().all().size());
    }
}
