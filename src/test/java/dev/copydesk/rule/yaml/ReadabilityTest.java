package dev.copydesk.rule.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void countsSyllablesOfCommonWords() {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("the", 1), Map.entry("cat", 1), Map.entry("whale", 1), Map.entry("jumped", 1),
                Map.entry("makes", 1), Map.entry("used", 1), Map.entry("table", 2), Map.entry("wanted", 2),
                Map.entry("boxes", 2), Map.entry("treatment", 2), Map.entry("reading", 2), Map.entry("Ketamine", 3),
                Map.entry("therapy", 3), Map.entry("beautiful", 3), Map.entry("anesthetic", 4),
                Map.entry("it’s", 1), Map.entry("2024", 1), Map.entry("characterization", 6));
        expected.forEach((word, n) -> assertThat(Readability.syllables(word)).as(word).isEqualTo(n));
    }

    @Test
    void fleschFormulas() {
        // "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables.
        assertThat(Readability.fleschKincaidGrade(6, 1, 6)).isCloseTo(-1.45, within(0.001));
        assertThat(Readability.fleschReadingEase(6, 1, 6)).isCloseTo(116.145, within(0.001));
        // 100 words, 5 sentences, 150 syllables.
        assertThat(Readability.fleschKincaidGrade(100, 5, 150)).isCloseTo(9.91, within(0.001));
        assertThat(Readability.fleschReadingEase(100, 5, 150)).isCloseTo(59.635, within(0.001));
    }
}
