package dev.copydesk.cli;

import dev.copydesk.config.Config;
import dev.copydesk.io.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code copydesk init}: writes a commented starter {@code .copydesk.yaml}, never overwriting one. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write a commented starter .copydesk.yaml (never overwrites an existing one).")
public final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", arity = "0..1", defaultValue = ".",
            description = "Where to write it (default: the current folder).")
    Path folder;

    @Override
    public Integer call() throws IOException {
        Path target = folder.resolve(Config.FILE_NAME);
        if (Files.exists(target)) {
            spec.commandLine().getErr().println("copydesk: " + target + " already exists; not overwritten");
            return ExitCodes.INPUT_ERROR;
        }
        String template;
        try (InputStream in = InitCommand.class.getResourceAsStream("/copydesk/starter-config.yaml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AtomicFile.write(target, w -> w.write(template));
        spec.commandLine().getOut().println("Wrote " + target);
        return ExitCodes.OK;
    }
}
