package dev.copydesk.cli;

import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.builtin.BuiltinRules;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code copydesk rules}: lists every rule with its default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List every rule: id, default severity and summary.")
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = 0;
        for (RuleProvider p : BuiltinRules.registry().all()) {
            width = Math.max(width, p.meta().id().length());
        }
        for (RuleProvider p : BuiltinRules.registry().all()) {
            RuleMeta m = p.meta();
            out.printf("%-" + width + "s  %-7s  %s%n", m.id(), m.severity().id(), m.summary());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
