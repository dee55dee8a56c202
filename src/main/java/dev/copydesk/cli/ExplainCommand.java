package dev.copydesk.cli;

import dev.copydesk.config.Config;
import dev.copydesk.engine.RuleCatalog;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.grammar.GrammarRule;
import dev.copydesk.rule.grammar.SpellingRule;
import dev.copydesk.rule.yaml.YamlRuleDefinition;
import dev.copydesk.source.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk explain RULE}: prints a rule's docs page; for a YAML rule without one (a user's rule), its
 * description and its definition as written.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a rule's documentation: what it checks, why, examples and options; for a YAML rule "
                + "of your own, its description and definition.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "The rule id (copydesk rules lists them).")
    String ruleId;

    @Mixin
    RuleSources ruleSources;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Read packs from this config file instead of the nearest .copydesk.yaml.")
    Path config;

    @Override
    public Integer call() throws IOException {
        Optional<RuleProvider> rule;
        Optional<YamlRuleDefinition> yaml;
        Config here;
        try {
            RuleCatalog catalog = ruleSources.catalog();
            here = RuleSources.configHere(config);
            rule = catalog.forConfig(here).get(ruleId);
            yaml = catalog.definition(here, ruleId);
        } catch (InputException e) {
            spec.commandLine().getErr().println("copydesk: error: " + e.oneLine());
            return ExitCodes.INPUT_ERROR;
        }
        if (rule.isEmpty()) {
            spec.commandLine().getErr().println("copydesk: unknown rule \"" + ruleId
                    + "\" (copydesk rules lists them)");
            return ExitCodes.INPUT_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean shipped = yaml.isEmpty() || yaml.get().builtin();
        Optional<String> page = shipped ? docsPage(ruleId) : Optional.empty();
        if (page.isPresent()) {
            out.print(page.get());
        } else if (yaml.isPresent()) {
            out.print(render(yaml.get()));
        } else {
            out.print("# " + ruleId + "\n\n" + rule.get().meta().summary() + "\n");
        }
        if (ruleId.equals(GrammarRule.META.id()) || ruleId.equals(SpellingRule.META.id())) {
            out.print(GrammarRule.inUse(here.grammar(), here.file().map(Path::toString).orElse("the defaults")));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A YAML rule without a docs page: its metadata and its file. */
    static String render(YamlRuleDefinition d) {
        RuleMeta m = d.meta();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(m.id()).append("\n\n");
        b.append("**Default severity:** ").append(m.severity().id()).append("\n\n");
        b.append(m.summary()).append("\n\n");
        String help = d.link().map(l -> m.help().replace(" See " + l + ".", "")).orElse(m.help());
        if (!help.equals(m.summary())) {
            b.append(help).append("\n\n");
        }
        d.link().ifPresent(l -> b.append("Docs: ").append(l).append("\n\n"));
        b.append("Defined in ").append(d.path()).append(" (a ").append(d.kind()).append(" rule):\n\n");
        b.append("```yaml\n").append(d.text());
        if (!d.text().endsWith("\n")) {
            b.append('\n');
        }
        b.append("```\n");
        return b.toString();
    }

    /** The docs page shipped in the jar for a rule. */
    static Optional<String> docsPage(String id) throws IOException {
        try (InputStream in = ExplainCommand.class.getResourceAsStream("/copydesk/docs/rules/" + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
