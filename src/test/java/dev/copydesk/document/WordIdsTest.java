package dev.copydesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordIdsTest {

    @Test
    void numbersWordsAsWordsLowerGivesThem() {
        WordIds ids = new WordIds();
        String text = "Don’t stop. don't STOP, Café café step-by-step";
        int[] got = ids.of(text, 0, text.length());
        assertThat(got).containsExactly(0, 1, 0, 1, 2, 2, 3);
        List<String> words = new ArrayList<>();
        for (int id = 0; id < ids.size(); id++) {
            words.add(ids.word(id));
        }
        assertThat(words).isEqualTo(List.of("don't", "stop", "café", "step-by-step"));
        assertThat(words).isEqualTo(Words.lower("Don’t stop café step-by-step"));
    }

    @Test
    void readsOnlyTheRangeAndKeepsIdsAsTheTableGrows() {
        WordIds ids = new WordIds();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            b.append("w").append(i).append(' ');
        }
        String text = b.toString();
        int[] all = ids.of(text, 0, text.length());
        assertThat(all).hasSize(1000);
        assertThat(ids.size()).isEqualTo(1000);
        assertThat(ids.of(text, 0, text.length())).isEqualTo(all);
        assertThat(ids.of("x w999 y", 2, 6)).containsExactly(999);
        assertThat(ids.word(999)).isEqualTo("w999");
    }
}
