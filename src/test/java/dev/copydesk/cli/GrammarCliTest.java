package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grammar and spelling end to end through the command line: findings, config, cache, suppression, explain. */
class GrammarCliTest {

    private static final String ARTICLE = """
            # Planting notes

            It was a honest mistake to plant the beans so early.

            We will recieve the seeds from Quillmate on Monday.
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private String cache() {
        return dir.resolve("cache").toString();
    }

    @Test
    void reportsGrammarAndSpellingWithLanguageToolDataAndFixes() throws IOException {
        Path a = write("a.txt", ARTICLE);
        Cli r = Cli.runWithGrammar("check", "--format=json", "--cache", cache(), a.toString());
        assertThat(r.exitCode()).isEqualTo(0);
        JsonNode findings = new ObjectMapper().readTree(r.out()).path("files").get(0).path("findings");
        assertThat(findings).hasSize(3);
        JsonNode grammar = findings.get(0);
        assertThat(grammar.path("rule").asText()).isEqualTo("grammar");
        assertThat(grammar.path("severity").asText()).isEqualTo("warning");
        assertThat(grammar.path("line").asInt()).isEqualTo(3);
        assertThat(grammar.path("column").asInt()).isEqualTo(8);
        assertThat(grammar.path("data").path("languageToolRule").asText()).isEqualTo("EN_A_VS_AN");
        assertThat(grammar.path("data").path("category").asText()).isEqualTo("MISC");
        assertThat(grammar.path("fixes").get(0).path("replacement").asText()).isEqualTo("an");
        JsonNode spelling = findings.get(1);
        assertThat(spelling.path("rule").asText()).isEqualTo("spelling");
        assertThat(spelling.path("message").asText()).isEqualTo("Possible spelling mistake: \"recieve\".");
        assertThat(spelling.path("column").asInt()).isEqualTo(9);
        assertThat(spelling.path("fixes").get(0).path("replacement").asText()).isEqualTo("receive");
        assertThat(findings.get(2).path("message").asText()).contains("Quillmate");
    }

    @Test
    void theConfigSetsVocabularyAndCanTurnGrammarOffAndTheCommandLineOverridesIt() throws IOException {
        Path a = write("a.txt", ARTICLE);
        write(".copydesk.yaml", "vocabulary:\n  accept: [Quillmate]\n  reject: [\"plant -> sow\"]\n");
        Cli on = Cli.runWithGrammar("check", "--color=never", "--no-cache", a.toString());
        assertThat(on.out()).contains("3:8  warning").contains("5:9  warning").doesNotContain("\"Quillmate\"")
                .contains("a.txt:3:28  error  Use \"sow\" instead of \"plant\".  [rejected-term]");
        assertThat(on.exitCode()).isEqualTo(1);

        write(".copydesk.yaml", "grammar: off\nvocabulary:\n  reject: [\"plant -> sow\"]\n");
        Cli off = Cli.runWithGrammar("check", "--color=never", "--no-cache", a.toString());
        assertThat(off.out()).doesNotContain("[grammar]").doesNotContain("[spelling]").contains("[rejected-term]");
        Cli forced = Cli.runWithGrammar("check", "--color=never", "--no-cache", "--grammar", a.toString());
        assertThat(forced.out()).contains("[grammar]").contains("[spelling]");
        Cli never = Cli.runWithGrammar("check", "--color=never", "--no-grammar", a.toString());
        assertThat(never.out()).doesNotContain("[grammar]").doesNotContain("[spelling]");
    }

    @Test
    void theCacheIsWrittenWhereAskedAndReusedToTheSameReport() throws IOException {
        Path a = write("a.txt", ARTICLE);
        Cli cold = Cli.runWithGrammar("check", "--color=never", "--cache", cache(), a.toString());
        assertThat(entries(dir.resolve("cache"))).isEqualTo(1);
        Cli warm = Cli.runWithGrammar("check", "--color=never", "--cache", cache(), a.toString());
        assertThat(warm.out()).isEqualTo(cold.out());
        assertThat(warm.err()).isEmpty();

        Path other = dir.resolve("other");
        Cli none = Cli.runWithGrammar("check", "--color=never", "--no-cache", "--cache", other.toString(),
                a.toString());
        assertThat(none.out()).isEqualTo(cold.out());
        assertThat(other).doesNotExist();
        Cli noGrammar = Cli.run("check", "--cache", other.toString(), a.toString());
        assertThat(noGrammar.exitCode()).isEqualTo(0);
        assertThat(other).doesNotExist();
    }

    private static long entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @Test
    void suppressionCommentsWorkForTheGrammarRules() throws IOException {
        Path a = write("a.md", """
                # Planting notes

                <!-- copydesk-disable-next-line grammar -->
                It was a honest mistake to plant the beans so early.

                <!-- copydesk-disable spelling -->
                We will recieve the seeds on Monday.
                <!-- copydesk-enable spelling -->

                We will recieve the seeds on Tuesday.
                """);
        Cli r = Cli.runWithGrammar("check", "--color=never", "--no-cache", a.toString());
        assertThat(r.out()).doesNotContain("[grammar]").doesNotContain(":7:")
                .contains("a.md:10:9  warning  Possible spelling mistake: \"recieve\".  [spelling]");
    }

    @Test
    void explainListsTheCategoriesInUse() {
        Cli r = Cli.run("explain", "grammar");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).startsWith("# grammar\n").contains("## In use here")
                .contains("| `GRAMMAR` | Grammar | yes |").contains("| `STYLE` | Style | no |")
                .contains("`EN_UNPAIRED_QUOTES`");
    }

    @Test
    void helpNamesTheGrammarAndCacheOptions() {
        assertThat(Cli.run("check", "--help").out()).contains("--[no-]grammar").contains("--cache=DIR")
                .contains("--no-cache");
    }
}
