package dev.copydesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String s) {
        return SentenceSplitter.split(s, s.toCharArray()).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtTerminalPunctuationBeforeACapital() {
        assertThat(split("One. Two! Three? Four")).containsExactly("One.", "Two!", "Three?", "Four");
    }

    @Test
    void keepsAbbreviationsInitialsAndNumbersTogether() {
        assertThat(split("Dr. Smith met J. R. Jones at 3.5 p.m. on Main St. today. Then e.g. Paris."))
                .containsExactly("Dr. Smith met J. R. Jones at 3.5 p.m. on Main St. today.", "Then e.g. Paris.");
    }

    @Test
    void colonsDoNotEndSentences() {
        assertThat(split("It works. It is believed to involve: several things")).containsExactly("It works.",
                "It is believed to involve: several things");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(split("He said “Stop.” Then he left.")).containsExactly("He said “Stop.”", "Then he left.");
    }

    @Test
    void lowerCaseAfterAPeriodDoesNotSplit() {
        assertThat(split("Use the .md extension. version 2. okay")).containsExactly(
                "Use the .md extension. version 2. okay");
    }

    @Test
    void rangesPointIntoTheText() {
        List<Sentence> s = SentenceSplitter.split("A b.  C d.", "A b.  C d.".toCharArray());
        assertThat(s.get(1).range()).isEqualTo(new TextRange(6, 10));
    }
}
