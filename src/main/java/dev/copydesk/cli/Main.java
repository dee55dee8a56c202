package dev.copydesk.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code copydesk} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                Terminal.stderrIsTerminal()));
    }

    /** Runs a command with the given streams and returns its exit code (see {@link ExitCodes}). */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return run(args, in, out, err, false);
    }

    /**
     * Runs a command with the given streams and returns its exit code; {@code errIsTerminal} says whether
     * {@code err} is a terminal, where long runs show their progress.
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, boolean errIsTerminal) {
        CommandLine cli = new CommandLine(new CopydeskCommand(in, errIsTerminal));
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
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Each file is checked within a memory budget and one that runs out fails alone; this is what is left,
            // a heap too small for the run itself (a report of millions of findings, say).
            err.println("copydesk: out of memory: give Java more memory (java -Xmx2g -jar copydesk.jar, or "
                    + "COPYDESK_JAVA_OPTS=-Xmx2g for bin/copydesk) or check fewer files at once");
            return ExitCodes.INPUT_ERROR;
        }
    }
}
