package dev.copydesk.rule.yaml;

import java.time.Duration;

/**
 * A point in time after which a rule must stop working on a document. {@link #guard} wraps text for
 * {@code java.util.regex}: the regex engine reads text only through {@code charAt}, so checking the clock there (every
 * thousand reads) interrupts even a catastrophically backtracking pattern.
 */
final class Deadline {

    /** Thrown out of the regex engine when the deadline has passed. */
    static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super(null, null, false, false);
        }
    }

    private final long at;
    private final Duration budget;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.at = System.nanoTime() + budget.toNanos();
    }

    static Deadline after(Duration budget) {
        return new Deadline(budget);
    }

    Duration budget() {
        return budget;
    }

    boolean passed() {
        return System.nanoTime() - at > 0;
    }

    /** {@code text} as a char sequence that throws {@link Expired} once the deadline has passed. */
    CharSequence guard(CharSequence text) {
        return new Guarded(text, this);
    }

    /** Not thread-safe (it counts reads), but each regex run makes its own. */
    private static final class Guarded implements CharSequence {
        private final CharSequence text;
        private final Deadline deadline;
        private int reads;

        Guarded(CharSequence text, Deadline deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0x3FF) == 0 && deadline.passed()) {
                throw new Expired();
            }
            return text.charAt(index);
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
