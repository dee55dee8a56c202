package dev.copydesk.cli;

import dev.copydesk.engine.Checker;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Shows how a long run is going on standard error when it is a terminal: files done out of the total and findings
 * so far, on one line that is rewritten at most ten times a second and cleared before the report is printed. Runs
 * shorter than one interval show nothing; when disabled it only counts. Thread-safe: files finish on many threads.
 */
final class Progress implements Checker.Listener {

    /** The shortest time between two updates, in nanoseconds. */
    static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private final LongSupplier nanoClock;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong findings = new AtomicLong();
    private long lastShown;
    private int shownWidth;

    /** A progress line for {@code total} files on {@code err}, shown only if {@code enabled}. */
    Progress(PrintWriter err, boolean enabled, int total, LongSupplier nanoClock) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
        this.nanoClock = nanoClock;
        this.lastShown = nanoClock.getAsLong();
    }

    @Override
    public void fileDone(String path, int fileFindings) {
        done.incrementAndGet();
        findings.addAndGet(fileFindings);
        if (!enabled) {
            return;
        }
        long now = nanoClock.getAsLong();
        synchronized (this) {
            if (now - lastShown < INTERVAL_NANOS) {
                return;
            }
            lastShown = now;
            String line = line();
            // Pad over the end of a longer line shown before, then return to the start of the line.
            err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())) + "\r");
            err.flush();
            shownWidth = Math.max(shownWidth, line.length());
        }
    }

    /** The progress line as it would be shown now. */
    String line() {
        long f = findings.get();
        return String.format(Locale.ROOT, "Checking: %,d of %,d files, %,d %s so far", done.get(), total, f,
                f == 1 ? "finding" : "findings");
    }

    /** Erases the progress line, if one is shown, so that the report starts on a clean line. */
    synchronized void clear() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }

    /** Files done so far. */
    int done() {
        return done.get();
    }

    /** Findings so far. */
    long findings() {
        return findings.get();
    }
}
