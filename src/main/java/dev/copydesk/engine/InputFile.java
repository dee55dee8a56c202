package dev.copydesk.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file to check: where it is on disk (empty for standard input, whose bytes are then given) and the path shown in
 * reports, as the user named it.
 */
public record InputFile(Optional<Path> path, String displayPath, Optional<byte[]> content) {

    public static InputFile of(Path path, String displayPath) {
        return new InputFile(Optional.of(path), displayPath, Optional.empty());
    }

    /** Standard input, already read, shown as {@code displayPath}. */
    public static InputFile stdin(String displayPath, byte[] content) {
        return new InputFile(Optional.empty(), displayPath, Optional.of(content));
    }
}
