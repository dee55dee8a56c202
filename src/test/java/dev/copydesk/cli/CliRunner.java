package dev.copydesk.cli;

/** Runs the command line in-process for tests outside this package. */
public final class CliRunner {

    private CliRunner() {
    }

    /** What a run prints on standard output. */
    public static String out(String... args) {
        return Cli.run(args).out();
    }
}
