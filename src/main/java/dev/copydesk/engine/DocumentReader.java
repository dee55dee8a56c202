package dev.copydesk.engine;

import dev.copydesk.document.Document;
import dev.copydesk.document.Format;
import dev.copydesk.parse.Parser;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a file into its document: reads and decodes it, picks its format (the forced one, else by name and content)
 * and parses it. A file that cannot be read, decoded or parsed gives a one-line reason instead. Thread-safe: parsers
 * are stateless.
 */
public final class DocumentReader {

    /** What reading a file gave. */
    public sealed interface Result {

        /** The file's document. */
        record Parsed(Document document) implements Result {
        }

        /** Why the file has no document, in one line without its path. */
        record Failed(String message) implements Result {
        }
    }

    private final Map<Format, Parser> parsers;
    private final Optional<Format> forcedFormat;

    public DocumentReader(Map<Format, Parser> parsers, Optional<Format> forcedFormat) {
        this.parsers = Map.copyOf(parsers);
        this.forcedFormat = forcedFormat;
    }

    /** Reads and parses {@code file}, adding the time of each phase to {@code timings}. */
    public Result read(InputFile file, Timings timings) {
        String display = file.displayPath();
        SourceFile source;
        long start = timings.start();
        try {
            source = file.content().isPresent() ? SourceFile.decode(display, file.content().get())
                    : SourceFile.read(file.path().orElseThrow(), display);
        } catch (InputException e) {
            return new Result.Failed(e.getMessage());
        } finally {
            timings.add("read and decode", start);
        }
        Format format = forcedFormat.orElseGet(() -> FormatDetector.detect(display, source.text()));
        start = timings.start();
        try {
            return new Result.Parsed(parsers.get(format).parse(source));
        } catch (RuntimeException | StackOverflowError e) {
            return new Result.Failed("could not be parsed as " + format.id() + " (internal error: "
                    + e.getClass().getSimpleName() + ")");
        } finally {
            timings.add("parse " + format.id(), start);
        }
    }

    /** The file's size in bytes; 0 if it cannot be told (reading it will say why). */
    public static long size(InputFile file) {
        if (file.content().isPresent()) {
            return file.content().get().length;
        }
        try {
            return Files.size(file.path().orElseThrow());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
