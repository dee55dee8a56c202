package dev.copydesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.source.Span;
import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void collapsesWhitespaceAndKeepsTheMap() {
        ProseBuilder b = new ProseBuilder(0);
        b.append("  Hello \n\t world  ", 10);
        Prose p = b.build();
        assertThat(p.text()).isEqualTo("Hello world");
        assertThat(p.sourceStart(0)).isEqualTo(12);
        assertThat(p.sourceSpan(6, 11)).isEqualTo(new Span(21, 26));
    }

    @Test
    void spacesAreTheRuntimesWhitespaceAndTheNoBreakSpacesForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace((char) c) || c == 0xA0 || c == 0x2007 || c == 0x202F;
            assertThat(ProseBuilder.isSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
    }

    @Test
    void entitiesMapToTheirWholeSourceRange() {
        Prose p = new ProseBuilder(0).append("A ", 0).appendMapped("&", 2, 7).append(" B", 7).build();
        assertThat(p.text()).isEqualTo("A & B");
        assertThat(p.sourceSpan(2, 3)).isEqualTo(new Span(2, 7));
        assertThat(p.sourceSpan(0, 5)).isEqualTo(new Span(0, 9));
    }

    @Test
    void linksAndCodeKeepTheirRanges() {
        ProseBuilder b = new ProseBuilder(0);
        b.append("See ", 0).startLink("https://x.test").append("the docs", 5).endLink(new Span(4, 30))
                .append(" and run ", 30).startCode().append("mvn", 40).endCode().append(".", 44);
        Prose p = b.build();
        assertThat(p.text()).isEqualTo("See the docs and run mvn.");
        assertThat(p.links()).containsExactly(new Link(new TextRange(4, 12), "https://x.test", new Span(4, 30)));
        assertThat(p.code()).containsExactly(new TextRange(21, 24));
        assertThat(p.linkAt(5).target()).isEqualTo("https://x.test");
        assertThat(p.hasLinkIn(0, 4)).isFalse();
        assertThat(p.hasLinkIn(0, 5)).isTrue();
    }

    @Test
    void emptyProseIsAnchored() {
        Prose p = new ProseBuilder(42).append("   ", 50).build();
        assertThat(p.isEmpty()).isTrue();
        assertThat(p.sourceSpan()).isEqualTo(Span.at(42));
    }
}
