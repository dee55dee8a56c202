package dev.copydesk.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.ConfigException;
import org.junit.jupiter.api.Test;

class LexiconReaderTest {

    private static String error(String yaml) {
        try {
            LexiconReader.read("topics/boats.yaml", yaml, "boats");
        } catch (ConfigException e) {
            return e.oneLine();
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @Test
    void readsALexicon() throws ConfigException {
        Lexicon l = LexiconReader.read("topics/boats.yaml", """
                id: boats
                label: boating
                related: [travel]
                terms:
                  Sailboat: 3
                  outboard   motor: 2.5
                senses:
                  hull: {weight: 2, cues: [keel, Boat]}
                """, "boats");
        assertThat(l.label()).isEqualTo("boating");
        assertThat(l.related()).containsExactly("travel");
        assertThat(l.terms()).containsEntry("sailboat", 3.0).containsEntry("outboard motor", 2.5);
        assertThat(l.senses().get("hull").cues()).containsExactly("keel", "boat");
    }

    @Test
    void mistakesAreReportedAtTheirLineAndColumn() {
        assertThat(error("id: boats\nlabel: b\nterms: {sail: 3}\ncolour: red\n"))
                .isEqualTo("topics/boats.yaml:4:1: unknown key \"colour\" in a topic lexicon (known keys: id, label, "
                        + "related, terms, senses)");
        assertThat(error("id: ships\nlabel: b\nterms: {sail: 3}\n"))
                .isEqualTo("topics/boats.yaml:1:5: the id \"ships\" must match the file name (boats.yaml)");
        assertThat(error("id: boats\nlabel: b\nterms:\n  sail: 11\n"))
                .isEqualTo("topics/boats.yaml:4:9: the weight of \"sail\" must be above 0 and at most 10, not 11");
        assertThat(error("id: boats\nlabel: b\nterms:\n  sail: lots\n"))
                .isEqualTo("topics/boats.yaml:4:9: the weight of \"sail\" must be a number, not \"lots\"");
        assertThat(error("id: boats\nlabel: b\nterms: {sail: 3}\nsenses:\n  hull: {weight: 2}\n"))
                .startsWith("topics/boats.yaml:5:9: the sense of \"hull\" needs cues");
        assertThat(error("id: boats\nlabel: b\nterms: {hull: 3}\nsenses:\n  hull: {cues: [keel]}\n"))
                .isEqualTo("topics/boats.yaml:5:3: \"hull\" is both a term and a sense: keep one");
        assertThat(error("id: boats\nterms: {sail: 3}\n")).startsWith("topics/boats.yaml:1:1: a topic lexicon needs "
                + "a label");
        assertThat(error("id: boats\nlabel: b\n")).isEqualTo("topics/boats.yaml:1:1: a topic lexicon needs terms");
    }
}
