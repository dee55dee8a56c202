package dev.copydesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.source.Span;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
    void hasLinkInAnswersAsAScanOfEveryLinkWould() {
        // Words, some linked, some links empty (an image without text, say), at every kind of boundary.
        ProseBuilder b = new ProseBuilder(0);
        int at = 0;
        for (int k = 0; k < 40; k++) {
            String word = "w" + k + " ";
            if (k % 3 == 0) {
                b.startLink("https://x.test/" + k).append(word, at).endLink(new Span(at, at + word.length()));
            } else if (k % 7 == 0) {
                b.startLink("https://empty.test/" + k).endLink(new Span(at, at)).append(word, at);
            } else {
                b.append(word, at);
            }
            at += word.length();
        }
        Prose p = b.build();
        assertThat(p.links()).hasSize(18);
        for (int from = 0; from <= p.length(); from++) {
            for (int to = from; to <= p.length(); to++) {
                boolean expected = false;
                for (Link link : p.links()) {
                    TextRange t = link.text();
                    expected |= t.overlaps(from, to) || t.length() == 0 && t.start() >= from && t.start() <= to;
                }
                assertThat(p.hasLinkIn(from, to)).as("[%d, %d)", from, to).isEqualTo(expected);
            }
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hasLinkInStaysFastOnAParagraphOfManyLinks() {
        // Asked for each of 200,000 links, a scan of every link takes minutes; the search, milliseconds.
        ProseBuilder b = new ProseBuilder(0);
        int n = 200_000;
        for (int k = 0; k < n; k++) {
            b.startLink("https://x.test/").append("link ", 5 * k).endLink(new Span(5 * k, 5 * k + 4));
        }
        Prose p = b.build();
        int found = 0;
        for (int k = 0; k < n; k++) {
            found += p.hasLinkIn(5 * k, 5 * k + 1) ? 1 : 0;
            found += p.hasLinkIn(5 * k + 4, 5 * k + 5) ? 1 : 0; // the space after each link, which has none
        }
        assertThat(found).isEqualTo(n);
    }

    @Test
    void aPrefixKeepsTheMapAndCutsWhatRunsPastIt() {
        ProseBuilder b = new ProseBuilder(0);
        b.append("One here. ", 0).startLink("https://x.test").append("Two links", 10).endLink(new Span(10, 19))
                .append(" and ", 19).startCode().append("code", 24).endCode().append(" end.", 28);
        Prose p = b.build();
        assertThat(p.text()).isEqualTo("One here. Two links and code end.");
        Prose cut = p.prefix(13);
        assertThat(cut.text()).isEqualTo("One here. Two");
        assertThat(cut.sourceSpan(10, 13)).isEqualTo(p.sourceSpan(10, 13));
        assertThat(cut.links()).containsExactly(new Link(new TextRange(10, 13), "https://x.test", new Span(10, 19)));
        assertThat(cut.code()).isEmpty();
        assertThat(cut.sentences()).extracting(Sentence::text).containsExactly("One here.", "Two");
        assertThat(p.prefix(26).code()).containsExactly(new TextRange(24, 26));
        assertThat(p.prefix(0).text()).isEmpty();
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
