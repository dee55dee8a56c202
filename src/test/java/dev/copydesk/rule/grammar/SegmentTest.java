package dev.copydesk.rule.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Document;
import dev.copydesk.source.SourceFile;
import dev.copydesk.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTest {

    private static List<Segment> segments(String name, String text) {
        Document d = Lint.parse(new SourceFile(name, text));
        return Segment.of(d.blocks());
    }

    private static String markup(Segment s) {
        StringBuilder b = new StringBuilder();
        for (Segment.Piece p : s.pieces()) {
            String piece = s.text().substring(p.start(), p.end());
            b.append(p.markup() ? "[" + piece + "]" : piece);
        }
        return b.toString();
    }

    @Test
    void urlsAndEmailAddressesAreMarkupAndThePiecesCoverTheText() {
        List<Segment> s = segments("a.txt", "Write to news@example.org or see https://example.com/a?b=c, then www.example.net.\n");
        assertThat(s).singleElement().satisfies(seg -> {
            assertThat(markup(seg)).isEqualTo(
                    "Write to [news@example.org] or see [https://example.com/a?b=c], then [www.example.net].");
            int at = 0;
            for (Segment.Piece p : seg.pieces()) {
                assertThat(p.start()).isEqualTo(at);
                at = p.end();
            }
            assertThat(at).isEqualTo(seg.text().length());
        });
    }

    @Test
    void inlineCodeIsMarkupAndCodeBlocksAreNotProse() {
        List<Segment> s = segments("a.html", "<article><h1>Title here</h1><p>Run <code>npm ci</code> first.</p>"
                + "<pre><code>teh code</code></pre><ul><li>one item</li></ul></article>");
        assertThat(s).extracting(Segment::kind).containsExactly(Segment.Kind.HEADING, Segment.Kind.PARAGRAPH,
                Segment.Kind.LIST_ITEM);
        assertThat(markup(s.get(1))).isEqualTo("Run [npm ci] first.");
    }

    @Test
    void proseWithoutLettersOutsideMarkupIsLeftOut() {
        assertThat(segments("a.txt", "https://example.com/only-a-link\n\n2024 - 2025\n\nWords here.\n"))
                .extracting(Segment::text).containsExactly("Words here.");
    }

    @Test
    void theContentKeyTellsTextFromMarkup() {
        Segment plain = segments("a.html", "<p>Run npm ci first.</p>").get(0);
        Segment code = segments("b.html", "<p>Run <code>npm ci</code> first.</p>").get(0);
        assertThat(plain.text()).isEqualTo(code.text());
        assertThat(plain.contentKey()).isNotEqualTo(code.contentKey());
        assertThat(segments("c.html", "<p>Run <code>npm ci</code>   first.</p>").get(0).contentKey())
                .isEqualTo(code.contentKey());
    }

    @Test
    void codeLikeTokensAreToldFromWords() {
        assertThat(GrammarEngine.codeLike("call console.log now", 8, 15)).isTrue();
        assertThat(GrammarEngine.codeLike("set isLoggedIn to true", 4, 14)).isTrue();
        assertThat(GrammarEngine.codeLike("use my_var here", 4, 10)).isTrue();
        assertThat(GrammarEngine.codeLike("call fn() now", 5, 7)).isTrue();
        assertThat(GrammarEngine.codeLike("the recieve step", 4, 11)).isFalse();
        assertThat(GrammarEngine.codeLike("(recieve), then", 1, 8)).isFalse();
        assertThat(GrammarEngine.codeLike("at SubstanceAbuseAction.", 3, 23)).isFalse();
        assertThat(GrammarEngine.codeLike("end of sentence. Next", 7, 15)).isFalse();
    }
}
