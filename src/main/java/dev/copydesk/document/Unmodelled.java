package dev.copydesk.document;

/**
 * What a document's blocks leave out of its source. An HTML page's article model drops author cards, galleries,
 * forms and text outside the extracted article; a rule that asks whether anything at all stands between two blocks
 * (is this section empty?) asks here rather than reading the markup itself.
 */
@FunctionalInterface
public interface Unmodelled {

    /** Nothing is left out: every Markdown and text document. */
    Unmodelled NONE = (start, end) -> false;

    /** True if the source between offsets {@code start} and {@code end} holds text or media that no block models. */
    boolean holdsContent(int start, int end);
}
