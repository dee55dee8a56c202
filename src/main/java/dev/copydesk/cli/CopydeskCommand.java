package dev.copydesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: a group of subcommands. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "An editorial content-quality linter for articles (Markdown, HTML, plain text).",
        subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class, InitCommand.class})
public final class CopydeskCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (check, rules, explain, init)");
    }
}
