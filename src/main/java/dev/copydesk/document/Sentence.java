package dev.copydesk.document;

/** One sentence of a {@link Prose}: its range in the prose and its text (trimmed). */
public record Sentence(TextRange range, String text) {

    public int start() {
        return range.start();
    }

    public int end() {
        return range.end();
    }
}
