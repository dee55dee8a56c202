package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.builtin.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @Test
    void rulesListsEveryRuleWithSeverityAndSummary() {
        Cli r = Cli.run("rules");
        assertThat(r.exitCode()).isEqualTo(0);
        for (RuleProvider p : BuiltinRules.registry().all()) {
            assertThat(r.out()).containsPattern("(?m)^" + p.meta().id() + " +" + p.meta().severity().id() + " +"
                    + java.util.regex.Pattern.quote(p.meta().summary()) + "$");
        }
    }

    @Test
    void explainPrintsTheDocsPage() throws IOException {
        Cli r = Cli.run("explain", "lead-in-without-list");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).isEqualTo(Files.readString(Path.of("docs/rules/lead-in-without-list.md")));
    }

    @Test
    void explainOfAnUnknownRuleExitsTwo() {
        Cli r = Cli.run("explain", "no-such-rule");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("copydesk: unknown rule \"no-such-rule\" (copydesk rules lists them)\n");
    }

    @Test
    void initWritesAStarterConfigThatLoadsAndNeverOverwrites(@TempDir Path dir) throws IOException {
        Cli first = Cli.run("init", dir.toString());
        assertThat(first.exitCode()).isEqualTo(0);
        Path cfg = dir.resolve(".copydesk.yaml");
        String written = Files.readString(cfg);
        assertThat(written).contains("rules:");
        Files.writeString(dir.resolve("a.txt"), "Fine.\n");
        assertThat(Cli.run("check", dir.resolve("a.txt").toString()).exitCode()).isEqualTo(0);
        Cli second = Cli.run("init", dir.toString());
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).contains("already exists; not overwritten");
        assertThat(Files.readString(cfg)).isEqualTo(written);
    }

    @Test
    void versionAndHelp() {
        assertThat(Cli.run("--version").out()).startsWith("copydesk ");
        Cli help = Cli.run("check", "--help");
        assertThat(help.exitCode()).isEqualTo(0);
        assertThat(help.out()).contains("--fail-on").contains("Exit codes:");
    }

    @Test
    void everyRuleHasADocsPageWithTheRequiredSections() throws IOException {
        for (RuleProvider p : BuiltinRules.registry().all()) {
            Path page = Path.of(p.meta().docsPath());
            assertThat(page).exists();
            String text = Files.readString(page);
            assertThat(text).startsWith("# " + p.meta().id() + "\n")
                    .contains("**Default severity:** " + p.meta().severity().id())
                    .contains("## Why").contains("## Examples").contains("## Options")
                    .contains("Bad").contains("Good");
        }
    }
}
