package dev.copydesk.topic;

/**
 * A lexicon term found in a text: the term as the lexicon writes it ({@code "weed and feed"}), the words as the text
 * first wrote them ({@code "Weed and Feed"}), how many times it was found (weighted by where, for whole articles),
 * and what it added to its topic's score.
 */
public record TermHit(String term, String text, double count, double score) {
}
