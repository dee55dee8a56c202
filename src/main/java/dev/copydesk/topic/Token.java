package dev.copydesk.topic;

/**
 * One word of a text as the topic model sees it: its stem, and where the word is in the text ({@code [start, end)},
 * char indexes), so that explanations can quote the words as written.
 */
public record Token(String stem, int start, int end) {
}
