package dev.copydesk.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code copydesk} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command with the given streams and returns its exit code (see {@link ExitCodes}). */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CopydeskCommand(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("copydesk: " + e.getMessage());
            err.println("Try 'copydesk " + (e.getCommandLine().getCommandName().equals("copydesk") ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return ExitCodes.INPUT_ERROR;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            err.println("copydesk: internal error (a bug in Copydesk; please report it):");
            e.printStackTrace(err);
            return ExitCodes.INTERNAL_ERROR;
        });
        return cli.execute(args);
    }
}
