package dev.copydesk.rule.yaml;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * How long one regular expression may run over one piece of text: a base time plus one millisecond per thousand
 * characters, in the thread's CPU time (so a busy machine or a cold JVM does not stop a sound pattern). The regex
 * engine reads text only through {@code charAt}, so {@link #guard} wraps the text in a char sequence that checks the
 * clock every few thousand reads: even a catastrophically backtracking pattern stops.
 *
 * <p>Immutable; each guarded text keeps its own start time and read count, and is used by one thread.
 */
final class TimeLimit {

    /** Thrown out of the regex engine when the time is up. */
    static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super(null, null, false, false);
        }
    }

    /** Reads between two looks at the clock, less one: reading a thread's CPU time costs about a microsecond. */
    private static final int CHECK_EVERY = 0x1FFF;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    private final long baseNanos;

    TimeLimit(Duration base) {
        this.baseNanos = base.toNanos();
    }

    /** The time allowed for a text of {@code length} chars. */
    Duration allowed(int length) {
        return Duration.ofNanos(baseNanos + length * 1_000L);
    }

    /** {@code text} as a char sequence that throws {@link Expired} once a pattern has run over its time. */
    CharSequence guard(CharSequence text, int from, int to) {
        return new Guarded(text, allowed(to - from).toNanos());
    }

    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Reads the clock only every few thousand reads, starting at the first of them: short texts never read it. */
    private static final class Guarded implements CharSequence {
        private final CharSequence text;
        private final long allowed;
        private long end;
        private int reads;

        Guarded(CharSequence text, long allowed) {
            this.text = text;
            this.allowed = allowed;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((++reads & CHECK_EVERY) == 0) {
                check();
            }
            return text.charAt(index);
        }

        private void check() {
            long t = now();
            if (reads == CHECK_EVERY + 1) {
                end = t + allowed;
            } else if (t - end > 0) {
                throw new Expired();
            }
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
