package dev.copydesk.cli;

import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigException;
import dev.copydesk.engine.ConfigResolver;
import dev.copydesk.engine.RuleCatalog;
import dev.copydesk.rule.yaml.RuleReader;
import dev.copydesk.source.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option: folders of YAML rules to load on top of the shipped ones. */
final class RuleSources {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load the YAML rules in DIR (repeatable); a rule with the id of a shipped one "
                    + "replaces it.")
    List<Path> folders = new ArrayList<>();

    /** The catalog of shipped rules plus the {@code --rules} folders. */
    RuleCatalog catalog() throws ConfigException {
        return RuleCatalog.load(folders.stream().map(RuleCatalog::commandLineFolder).toList(), new RuleReader());
    }

    /**
     * The config that governs the current folder (the {@code --config} file if given), for commands that are not
     * about particular files.
     */
    static Config configHere(Path explicit) throws InputException {
        ConfigResolver.Resolved r = new ConfigResolver(Optional.ofNullable(explicit), Path.of(""))
                .forFile(Path.of(Config.FILE_NAME));
        if (r.error().isPresent()) {
            throw r.error().get();
        }
        return r.config().orElseThrow();
    }
}
