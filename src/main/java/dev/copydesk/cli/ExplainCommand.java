package dev.copydesk.cli;

import dev.copydesk.config.Config;
import dev.copydesk.config.GrammarSettings;
import dev.copydesk.engine.ConfigResolver;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.rule.builtin.BuiltinRules;
import dev.copydesk.rule.grammar.GrammarRule;
import dev.copydesk.rule.grammar.SpellingRule;
import dev.copydesk.source.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code copydesk explain RULE}: prints a rule's docs page. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a rule's documentation: what it checks, why, examples and options.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "The rule id (copydesk rules lists them).")
    String ruleId;

    @Override
    public Integer call() throws IOException {
        RuleRegistry registry = BuiltinRules.registry();
        Optional<RuleProvider> rule = registry.get(ruleId);
        if (rule.isEmpty()) {
            spec.commandLine().getErr().println("copydesk: unknown rule \"" + ruleId
                    + "\" (copydesk rules lists them)");
            return ExitCodes.INPUT_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(docsPage(ruleId).orElse("# " + ruleId + "\n\n" + rule.get().meta().summary() + "\n"));
        if (ruleId.equals(GrammarRule.META.id()) || ruleId.equals(SpellingRule.META.id())) {
            ConfigResolver.Resolved here = new ConfigResolver(Optional.empty(), Path.of("")).forFile(Path.of("-"));
            if (here.config().isPresent()) {
                Config c = here.config().get();
                out.print(GrammarRule.inUse(c.grammar(), c.file().map(Path::toString).orElse("the defaults")));
            } else {
                out.print(GrammarRule.inUse(GrammarSettings.DEFAULT, "the defaults (the config here has errors: "
                        + here.error().map(InputException::oneLine).orElse("") + ")"));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The docs page shipped in the jar for a rule. */
    static Optional<String> docsPage(String id) throws IOException {
        try (InputStream in = ExplainCommand.class.getResourceAsStream("/copydesk/docs/rules/" + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
