package dev.copydesk.report;

import java.util.List;
import java.util.Optional;

/** The report formats {@code --format} accepts, by name. */
public final class Reporters {

    /** Options that some formats use. */
    public record Options(boolean color) {
    }

    private static final List<String> NAMES = List.of("text", "json");

    private Reporters() {
    }

    /** The format names, in the order help lists them. */
    public static List<String> names() {
        return NAMES;
    }

    /** The reporter for a format name, if there is one. */
    public static Optional<Reporter> forName(String name, Options options) {
        return switch (name) {
            case "text" -> Optional.of(new TextReporter(options.color()));
            case "json" -> Optional.of(new JsonReporter());
            default -> Optional.empty();
        };
    }
}
