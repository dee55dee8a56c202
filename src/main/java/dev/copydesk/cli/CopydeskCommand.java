package dev.copydesk.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: a group of subcommands. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "An editorial content-quality linter for articles (Markdown, HTML, plain text).",
        subcommands = {CheckCommand.class, ExtractCommand.class, ReportCommand.class, RulesCommand.class, ExplainCommand.class,
            InitCommand.class})
public final class CopydeskCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final InputStream stdin;
    private final boolean errIsTerminal;

    CopydeskCommand(InputStream stdin, boolean errIsTerminal) {
        this.stdin = stdin;
        this.errIsTerminal = errIsTerminal;
    }

    /** True if standard error is a terminal. */
    boolean errIsTerminal() {
        return errIsTerminal;
    }

    /** Standard input, as given to {@link Main#run}. */
    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (check, extract, report, rules, explain, init)");
    }
}
