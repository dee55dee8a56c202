package dev.copydesk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run's time goes: thread time summed per phase (reading, parsing, each rule, writing the report), collected
 * from all worker threads. Shown by {@code check --timings}; a disabled instance costs nothing.
 */
public final class Timings {

    /** One phase and its total time. */
    public record Entry(String phase, long nanos) {
    }

    private final boolean enabled;
    private final Map<String, LongAdder> totals = new ConcurrentHashMap<>();

    private Timings(boolean enabled) {
        this.enabled = enabled;
    }

    public static Timings enabled() {
        return new Timings(true);
    }

    public static Timings disabled() {
        return new Timings(false);
    }

    /** A start mark for {@link #add}; 0 when disabled. */
    public long start() {
        return enabled ? System.nanoTime() : 0;
    }

    /** Adds the time since {@code start} to {@code phase}. */
    public void add(String phase, long start) {
        if (enabled) {
            long elapsed = System.nanoTime() - start;
            totals.computeIfAbsent(phase, k -> new LongAdder()).add(elapsed);
        }
    }

    /** Phases from the slowest to the fastest. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        totals.forEach((k, v) -> out.add(new Entry(k, v.sum())));
        out.sort((a, b) -> a.nanos() != b.nanos() ? Long.compare(b.nanos(), a.nanos()) : a.phase().compareTo(
                b.phase()));
        return out;
    }
}
