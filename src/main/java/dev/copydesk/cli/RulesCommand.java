package dev.copydesk.cli;

import dev.copydesk.config.Config;
import dev.copydesk.engine.RuleCatalog;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.source.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk rules}: lists every rule with its default severity and summary: the shipped ones, and the YAML
 * rules of the current folder's config ({@code packs}) and of {@code --rules} folders.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List every rule: id, default severity and summary (shipped rules, and YAML rules from the "
                + "config's packs and --rules folders).")
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleSources ruleSources;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Read packs from this config file instead of the nearest .copydesk.yaml.")
    Path config;

    @Override
    public Integer call() {
        RuleRegistry registry;
        try {
            RuleCatalog catalog = ruleSources.catalog();
            Config here = RuleSources.configHere(config);
            registry = catalog.forConfig(here);
        } catch (InputException e) {
            spec.commandLine().getErr().println("copydesk: error: " + e.oneLine());
            return ExitCodes.INPUT_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        int width = 0;
        for (RuleProvider p : registry.all()) {
            width = Math.max(width, p.meta().id().length());
        }
        for (RuleProvider p : registry.all()) {
            RuleMeta m = p.meta();
            out.printf("%-" + width + "s  %-7s  %s%n", m.id(), m.severity().id(), m.summary());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
