package dev.copydesk.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: a group of subcommands. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "An editorial content-quality linter for articles (Markdown, HTML, plain text).",
        subcommands = {CheckCommand.class, ReportCommand.class, RulesCommand.class, ExplainCommand.class,
            InitCommand.class})
public final class CopydeskCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    CopydeskCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Standard input, as given to {@link Main#run}. */
    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (check, report, rules, explain, init)");
    }
}
