package dev.copydesk.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the command line in-process and captures what it prints. {@code check} runs without grammar checking unless a
 * test asks for it with {@link #runWithGrammar}, since starting LanguageTool takes seconds.
 */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        return runWithInput("", args);
    }

    static Cli runWithInput(String stdin, String... args) {
        if (args.length > 0 && args[0].equals("check") && !List.of(args).contains("--grammar")) {
            List<String> all = new ArrayList<>(List.of(args));
            all.add(1, "--no-grammar");
            args = all.toArray(String[]::new);
        }
        return exactly(stdin, args);
    }

    /** Runs with grammar checking as the config says (on by default). */
    static Cli runWithGrammar(String... args) {
        return exactly("", args);
    }

    private static Cli exactly(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }
}
