package dev.copydesk.report;

import java.util.List;
import java.util.Optional;

/**
 * The result of checking one file: its path as given, its format ({@code markdown}, {@code html}, {@code text}),
 * an error if it could not be read or parsed, and its findings in position order.
 */
public record FileReport(String path, Optional<String> format, Optional<String> error, List<Diagnostic> findings) {

    public FileReport {
        findings = List.copyOf(findings);
    }

    public static FileReport failed(String path, String error) {
        return new FileReport(path, Optional.empty(), Optional.of(error), List.of());
    }
}
