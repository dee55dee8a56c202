package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML rules of one's own, from --rules and from the config's packs, end to end. */
class YamlRulesCommandTest {

    private static final String NO_UTILIZE = """
            kind: substitution
            level: warning
            description: Says "utilize" where "use" will do.
            message: 'Use "%r" instead of "%s".'
            swap:
              utilize: use
            """;

    @TempDir
    Path dir;

    private Path article;

    @BeforeEach
    void files() throws IOException {
        article = write("content/article.txt", "We utilize the tool daily.\n");
        write("my-rules/house/no-utilize.yaml", NO_UTILIZE);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private String rules() {
        return dir.resolve("my-rules").toString();
    }

    @Test
    void checkUsesTheRulesOfARulesFolder() {
        Cli r = Cli.run("check", "--color=never", "--rules", rules(), article.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).startsWith(article + ":1:4  warning  Use \"use\" instead of \"utilize\".  [no-utilize]\n");
        Cli plain = Cli.run("check", "--color=never", article.toString());
        assertThat(plain.out()).doesNotContain("no-utilize");
    }

    @Test
    void aMalformedRuleFileStopsTheRunWithItsPosition() throws IOException {
        write("my-rules/house/bad.yaml", "kind: existence\nlevel: info\ndescription: d\nmessage: m\nterm: [x]\n");
        Cli r = Cli.run("check", "--rules", rules(), article.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("copydesk: error: " + rules().replace('\\', '/')
                + "/house/bad.yaml:5:1: unknown key \"term\" in an existence rule (known keys: kind, level, message, "
                + "description, help, link, exceptions, when, unless, terms, patterns, ignorecase, wordboundaries, "
                + "scope, ignorecited)\n");
        write("my-rules/house/bad.yaml", "kind: existence\nlevel: [info\n");
        Cli yaml = Cli.run("check", "--rules", rules(), article.toString());
        assertThat(yaml.exitCode()).isEqualTo(2);
        assertThat(yaml.err()).contains("/house/bad.yaml:").contains("invalid YAML");
    }

    @Test
    void aCatastrophicRegexIsReportedAndTheOtherFindingsKept() throws IOException {
        write("my-rules/slow.yaml", """
                kind: existence
                level: warning
                description: A pattern that backtracks without end.
                message: '%s'
                patterns: ['((a+)+)+c']
                wordboundaries: false
                """);
        Path slow = write("content/slow.txt", "We utilize " + "a".repeat(40) + ".\n");
        long start = System.nanoTime();
        Cli r = Cli.run("check", "--color=never", "--rules", rules(), slow.toString());
        assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("copydesk: error: " + rules().replace('\\', '/') + "/slow.yaml:5:12: pattern "
                + "\"((a+)+)+c\" ran for more than 1000 ms on one text and was stopped; simplify it (nested "
                + "repetition such as (a+)+ backtracks without end) (rule slow, on " + slow + ")\n");
        assertThat(r.out()).contains("[no-utilize]");
    }

    @Test
    void theConfigNamesPackFoldersAndSetsTheirSeverity() throws IOException {
        write("content/.copydesk.yaml", "packs: [../my-rules]\nrules:\n  no-utilize: error\n");
        Cli r = Cli.run("check", "--color=never", article.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains(":1:4  error  Use \"use\" instead of \"utilize\".  [no-utilize]");
        Cli list = Cli.run("rules", "--config", dir.resolve("content/.copydesk.yaml").toString());
        assertThat(list.out()).containsPattern("(?m)^no-utilize +warning +Says \"utilize\" where \"use\" will do.$");
    }

    @Test
    void aMissingPackFolderIsAConfigError() throws IOException {
        write("content/.copydesk.yaml", "rules: {}\npacks:\n  - ../nowhere\n");
        Cli r = Cli.run("check", article.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(".copydesk.yaml:3:5: rules folder \"../nowhere\" not found (packs are folders "
                + "relative to this file)");
    }

    @Test
    void aUserRuleReplacesTheShippedOneWithTheSameId() throws IOException {
        write("my-rules/cliche.yaml", NO_UTILIZE.replace("Says", "House list, says"));
        Path text = write("content/cliche.txt", "We utilize it to delve into data.\n");
        Cli r = Cli.run("check", "--color=never", "--fail-on=none", "--rules", rules(), text.toString());
        assertThat(r.out()).contains("[cliche]").contains("Use \"use\" instead of \"utilize\".")
                .doesNotContain("Stock phrase");
        Cli explain = Cli.run("explain", "--rules", rules(), "cliche");
        assertThat(explain.out()).startsWith("# cliche\n\n**Default severity:** warning\n\nHouse list, says");
    }

    @Test
    void rulesAndExplainShowUserRules() {
        Cli list = Cli.run("rules", "--rules", rules());
        assertThat(list.exitCode()).isEqualTo(0);
        assertThat(list.out()).containsPattern("(?m)^no-utilize +warning +Says \"utilize\" where \"use\" will do.$")
                .containsPattern("(?m)^cliche +info +");
        Cli explain = Cli.run("explain", "--rules", rules(), "no-utilize");
        assertThat(explain.exitCode()).isEqualTo(0);
        assertThat(explain.out()).isEqualTo("# no-utilize\n\n**Default severity:** warning\n\n"
                + "Says \"utilize\" where \"use\" will do.\n\n"
                + "Defined in " + rules().replace('\\', '/') + "/house/no-utilize.yaml (a substitution rule):\n\n"
                + "```yaml\n" + NO_UTILIZE + "```\n");
    }

    @Test
    void explainOfAShippedYamlRulePrintsItsDocsPage() throws IOException {
        Cli r = Cli.run("explain", "missing-disclaimer");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).isEqualTo(Files.readString(Path.of("docs/rules/missing-disclaimer.md")));
    }

    @Test
    void suppressionsMayNameUserRules() throws IOException {
        Path md = write("content/quiet.html", "<!-- copydesk-disable-next-line no-utilize -->\n<p>We utilize it.</p>\n");
        Cli r = Cli.run("check", "--rules", rules(), md.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).doesNotContain("no-utilize");
    }
}
