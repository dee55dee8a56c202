package dev.copydesk.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Prose;
import dev.copydesk.document.ProseBuilder;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class TextMapperTest {

    private static Prose map(String decoded, String raw, boolean inAttribute) {
        ProseBuilder b = new ProseBuilder(0);
        TextMapper.append(b, decoded, raw, 0, raw.length(), inAttribute);
        return b.build();
    }

    private static String sourceOf(Prose p, String raw, int from, int to) {
        return raw.substring(p.sourceStart(from), p.sourceEnd(to - 1));
    }

    @Test
    void plainTextMapsCharByChar() {
        Prose p = map("abc", "abc", false);

        assertThat(p.sourceStart(2)).isEqualTo(2);
        assertThat(p.sourceEnd(2)).isEqualTo(3);
    }

    @Test
    void referencesMapToTheirWholeRange() {
        String raw = "a&amp;b&#x1F600;c&notin;d";
        Prose p = map("a&b😀c∉d", raw, false);

        assertThat(sourceOf(p, raw, 1, 2)).isEqualTo("&amp;");
        assertThat(sourceOf(p, raw, 3, 5)).isEqualTo("&#x1F600;");
        assertThat(p.sourceStart(5)).isEqualTo(raw.indexOf('c'));
        assertThat(sourceOf(p, raw, 6, 7)).isEqualTo("&notin;");
    }

    @Test
    void numericReferencesWithoutSemicolonOrOutOfRange() {
        String raw = "&#128512x&#0;&#xD800;&#12a&#x41";
        Prose p = map(Parser.unescapeEntities(raw, false), raw, false);

        assertThat(p.text()).isEqualTo("😀x\uFFFD\uD800 aA");
        assertThat(sourceOf(p, raw, 0, 2)).isEqualTo("&#128512");
        assertThat(p.sourceStart(2)).isEqualTo(raw.indexOf('x'));
        assertThat(sourceOf(p, raw, 3, 4)).isEqualTo("&#0;");
        assertThat(sourceOf(p, raw, 4, 5)).isEqualTo("&#xD800;");
        assertThat(p.sourceStart(p.length() - 2)).isEqualTo(raw.indexOf('a'));
        assertThat(sourceOf(p, raw, p.length() - 1, p.length())).isEqualTo("&#x41");
    }

    @Test
    void legacyReferenceWithoutSemicolonLeavesTheRestLiteral() {
        String raw = "&notit; x";
        Prose p = map("¬it; x", raw, false);

        assertThat(sourceOf(p, raw, 0, 1)).isEqualTo("&not");
        assertThat(p.sourceStart(1)).isEqualTo(4);
    }

    @Test
    void inAttributesALegacyReferenceBeforeALetterStaysText() {
        String raw = "&notit";
        Prose p = map("&notit", raw, true);

        assertThat(p.sourceEnd(0)).isEqualTo(1);
        assertThat(p.sourceStart(5)).isEqualTo(5);
    }

    @Test
    void literalAmpersand() {
        String raw = "R & D &; &#;";
        Prose p = map("R & D &; &#;", raw, false);

        for (int i = 0; i < p.length(); i++) {
            assertThat(p.sourceEnd(i) - p.sourceStart(i)).isEqualTo(1);
        }
    }

    @Test
    void textThatCannotBeAlignedMapsToTheWholeRange() {
        String raw = "xyz";
        Prose p = map("abc", raw, false);

        assertThat(p.text()).isEqualTo("abc");
        for (int i = 0; i < 3; i++) {
            assertThat(p.sourceStart(i)).isEqualTo(0);
            assertThat(p.sourceEnd(i)).isEqualTo(3);
        }
    }
}
