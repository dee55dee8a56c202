package dev.copydesk.engine;

import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigLoader;
import dev.copydesk.source.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the config that governs each file: the {@code --config} file if one was given, else the nearest
 * {@code .copydesk.yaml} walking up from the file's folder, else the defaults. Each config file is read once.
 */
public final class ConfigResolver {

    /** A config, or the error that stopped it from loading. */
    public record Resolved(Optional<Config> config, Optional<InputException> error) {

        static Resolved ok(Config c) {
            return new Resolved(Optional.of(c), Optional.empty());
        }

        static Resolved failed(InputException e) {
            return new Resolved(Optional.empty(), Optional.of(e));
        }
    }

    private final Optional<Resolved> explicit;
    private final Path workingDirectory;
    private final Map<Path, Resolved> byFolder = new ConcurrentHashMap<>();

    /** {@code explicitConfig}: the {@code --config} file, whose errors are reported under {@code displayPath}. */
    public ConfigResolver(Optional<Path> explicitConfig, Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.explicit = explicitConfig.map(p -> load(p, p.toString()));
    }

    /** The config for a file at {@code file} (which need not exist, as for standard input). */
    public Resolved forFile(Path file) {
        if (explicit.isPresent()) {
            return explicit.get();
        }
        Path abs = workingDirectory.resolve(file).normalize();
        Path dir = abs.getParent();
        return dir == null ? Resolved.ok(Config.empty(workingDirectory)) : forFolder(dir);
    }

    private Resolved forFolder(Path dir) {
        Resolved cached = byFolder.get(dir);
        if (cached != null) {
            return cached;
        }
        Resolved r;
        Path candidate = dir.resolve(Config.FILE_NAME);
        if (Files.isRegularFile(candidate)) {
            r = load(candidate, display(candidate));
        } else {
            Path parent = dir.getParent();
            r = parent == null ? Resolved.ok(Config.empty(workingDirectory)) : forFolder(parent);
        }
        byFolder.putIfAbsent(dir, r);
        return byFolder.get(dir);
    }

    private String display(Path p) {
        return p.startsWith(workingDirectory) ? workingDirectory.relativize(p).toString().replace('\\', '/')
                : p.toString();
    }

    private static Resolved load(Path file, String displayPath) {
        try {
            return Resolved.ok(ConfigLoader.load(file, displayPath));
        } catch (InputException e) {
            return Resolved.failed(e);
        }
    }
}
