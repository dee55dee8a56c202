package dev.copydesk.engine;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * One-line warnings about the run itself (an unknown rule id in a config or suppression comment, say), collected
 * from all threads and printed once each, sorted, on standard error.
 */
public final class Notices {

    private final ConcurrentSkipListSet<String> lines = new ConcurrentSkipListSet<>();

    public void add(String line) {
        lines.add(line);
    }

    public List<String> all() {
        return List.copyOf(lines);
    }
}
