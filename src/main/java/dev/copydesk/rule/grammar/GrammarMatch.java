package dev.copydesk.rule.grammar;

import java.util.List;

/**
 * One LanguageTool match in the text of a {@link Segment}, as cached: offsets are char indexes into the segment's
 * prose text.
 *
 * @param from         start of the matched text (inclusive)
 * @param to           end of the matched text (exclusive)
 * @param rule         LanguageTool's rule id, e.g. {@code EN_A_VS_AN}
 * @param category     LanguageTool's category id, e.g. {@code GRAMMAR}
 * @param message      LanguageTool's message, suggestions in double quotes
 * @param replacements suggested replacements, best first
 * @param spelling     true for the dictionary-based spelling rule (an unknown word)
 */
public record GrammarMatch(int from, int to, String rule, String category, String message, List<String> replacements,
        boolean spelling) {

    public GrammarMatch {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad match range [" + from + ", " + to + ")");
        }
        replacements = List.copyOf(replacements);
    }
}
