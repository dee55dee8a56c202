package dev.copydesk.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.report.Diagnostic;
import dev.copydesk.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code vague-link-text} on the links of related-links regions. */
class VagueLinkTextTest {

    private static final String ARTICLE = """
            <article>
            <h1>Sleep and memory</h1>
            <p>Sleep helps the brain store what we learn during the day, and a regular bedtime helps most of all.</p>
            </article>
            <h2>Related posts</h2>
            """;

    @Test
    void decorativeArrowsAndCaseAreIgnored() {
        assertThat(VagueLinkText.normalize("Read More ➔")).isEqualTo("read more");
        assertThat(VagueLinkText.normalize("READ MORE")).isEqualTo("read more");
        assertThat(VagueLinkText.normalize("Continue reading →")).isEqualTo("continue reading");
        assertThat(VagueLinkText.normalize("» Learn more ›")).isEqualTo("learn more");
    }

    @Test
    void itemTitlesAndTeaserLinksAreEachReportedOnce() {
        String html = ARTICLE + """
                <ul>
                <li><a href="/naps">Read more</a></li>
                <li><a href="/screens">Screens at bedtime</a> <p>Blue light is only part of it… <a href="/screens">Continue reading →</a></p></li>
                </ul>
                """;

        List<Diagnostic> found = Lint.run("a.html", html, "vague-link-text");

        assertThat(Lint.positions(found)).containsExactly("7:21 vague-link-text", "8:100 vague-link-text");
        assertThat(found.get(0).message())
                .isEqualTo("Link text \"Read more\" does not say where the link goes (/naps).");
        assertThat(found.get(1).message())
                .isEqualTo("Link text \"Continue reading →\" does not say where the link goes (/screens).");
    }

    @Test
    void controlsInRelatedRegionsAreNotLinksToPages() {
        String html = ARTICLE + """
                <ul>
                <li><a href="/naps">Do naps help memory?</a> <p>Short naps help recall. <a href="#">More</a></p></li>
                <li><a href="/screens">Screens at bedtime</a> <p>Blue light is part of it. <a href="javascript:void(0)">Read more</a></p></li>
                </ul>
                """;

        assertThat(Lint.run("a.html", html, "vague-link-text")).isEmpty();
    }

    @Test
    void descriptiveTeaserLinksPass() {
        String html = ARTICLE + """
                <ul>
                <li><a href="/naps">Do naps help memory?</a> <p>Short naps help recall. <a href="/naps">Read more about naps</a></p></li>
                <li><a href="/screens">Screens at bedtime</a> <p>Findings from <a href="/lab">our sleep lab</a>.</p></li>
                </ul>
                """;

        assertThat(Lint.run("a.html", html, "vague-link-text")).isEmpty();
    }
}
