package dev.copydesk.engine;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * One-line messages about the run itself, collected from all threads and printed once each, sorted, on standard
 * error: errors (a broken config file, which stops the files under it from being checked) and warnings (an unknown
 * rule id in a config or suppression comment).
 */
public final class Notices {

    private final ConcurrentSkipListSet<String> errors = new ConcurrentSkipListSet<>();
    private final ConcurrentSkipListSet<String> warnings = new ConcurrentSkipListSet<>();

    public void error(String line) {
        errors.add(line);
    }

    public void warning(String line) {
        warnings.add(line);
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
