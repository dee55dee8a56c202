package dev.copydesk.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.report.Diagnostic;
import dev.copydesk.source.Span;
import dev.copydesk.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code truncated-teaser}: where the cut of a teaser, title or link text is found. */
class TruncatedTeaserTest {

    @Test
    void anEllipsisFollowedOnlyByACallToActionIsTheCut() {
        assertThat(TruncatedTeaser.cut("Some text… READ MORE")).isEqualTo(new Span(9, 10));
        assertThat(TruncatedTeaser.cut("text... Read more »")).isEqualTo(new Span(4, 7));
        assertThat(TruncatedTeaser.cut("text […] Continue reading")).isEqualTo(new Span(5, 8));
        assertThat(TruncatedTeaser.cut("text…Keep reading ›")).isEqualTo(new Span(4, 5));
        assertThat(TruncatedTeaser.cut("text… [more]")).isEqualTo(new Span(4, 5));
        assertThat(TruncatedTeaser.cut("text… More »")).isEqualTo(new Span(4, 5));
        assertThat(TruncatedTeaser.cut("text, according to early... Read more...")).isEqualTo(new Span(24, 27));
    }

    @Test
    void anEllipsisAtTheEndIsTheCut() {
        assertThat(TruncatedTeaser.cut("Interpretations surrounding marijuana…")).isEqualTo(new Span(37, 38));
        assertThat(TruncatedTeaser.cut("Keyboards explained [...]")).isEqualTo(new Span(20, 25));
    }

    @Test
    void ellipsesThatCutNothingAreNotReported() {
        assertThat(TruncatedTeaser.cut("Wait… what? Cucumbers climb")).isNull();
        assertThat(TruncatedTeaser.cut("It rained… and then we read more.")).isNull();
        assertThat(TruncatedTeaser.cut("Less is… more.")).isNull();
        assertThat(TruncatedTeaser.cut("Read more…")).isNull();
        assertThat(TruncatedTeaser.cut("Continue reading...")).isNull();
        assertThat(TruncatedTeaser.cut("Fun for players of all ages. Read More...")).isNull();
        assertThat(TruncatedTeaser.cut("(rice, noodles…)")).isNull();
        assertThat(TruncatedTeaser.cut("No ellipsis. Read more")).isNull();
    }

    @Test
    void oneFindingPerRelatedItemAtItsFirstCut() {
        String html = """
                <article>
                <h1>Starting a vegetable garden</h1>
                <p>Most vegetables need six hours of sun, loose soil and water at the roots rather than on the leaves.</p>
                </article>
                <h2>Related posts</h2>
                <ul>
                <li><a href="/pests">Slugs, snails and the…</a> <p>Beer traps work, but only… <a href="/pests">Read more</a></p></li>
                <li><a href="/soil">Testing your soil</a> <p>A kit tells you more than… <a href="/soil">READ MORE</a></p></li>
                </ul>
                """;

        List<Diagnostic> found = Lint.run("a.html", html, "truncated-teaser");

        assertThat(Lint.positions(found)).containsExactly("7:43 truncated-teaser", "8:71 truncated-teaser");
        assertThat(found.get(1).message()).isEqualTo("Teaser \"A kit tells you more than… READ MORE\" is cut off.");
    }
}
