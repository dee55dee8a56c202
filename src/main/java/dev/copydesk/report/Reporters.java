package dev.copydesk.report;

import dev.copydesk.report.html.HtmlReporter;
import java.util.List;
import java.util.Optional;

/** The report formats {@code --format} accepts, by name. */
public final class Reporters {

    /** Options that some formats use. */
    public record Options(boolean color) {
    }

    private static final List<String> NAMES = List.of("text", "json", "sarif", "github", "junit", "checkstyle",
            "html");

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
            case "sarif" -> Optional.of(new SarifReporter());
            case "github" -> Optional.of(new GithubReporter());
            case "junit" -> Optional.of(new JunitReporter());
            case "checkstyle" -> Optional.of(new CheckstyleReporter());
            case "html" -> Optional.of(new HtmlReporter());
            default -> Optional.empty();
        };
    }
}
