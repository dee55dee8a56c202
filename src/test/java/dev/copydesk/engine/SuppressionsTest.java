package dev.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.testing.Lint;
import org.junit.jupiter.api.Test;

/** Inline suppression comments, end to end through the parsers and the linter. */
class SuppressionsTest {

    private static final String[] RULES = {"missing-link", "stale-year"};

    @Test
    void markdownRangesNextLineAndAllRules() {
        String md = """
                ## Best Clinics of 2024

                The brochure is available here.

                <!-- copydesk-disable stale-year -->
                ## Best Clinics of 2023

                The full guide is available here.
                <!-- copydesk-enable stale-year -->

                ## Best Clinics of 2022

                <!-- copydesk-disable-next-line missing-link -->
                The report is available here.

                <!-- copydesk-disable -->
                ## Best Clinics of 2021

                Read the full list here.
                <!-- copydesk-enable missing-link -->

                Read the full list here.
                """;
        assertThat(Lint.positions(Lint.run("a.md", md, RULES))).containsExactly(
                "1:20 stale-year",
                "3:27 missing-link",
                "8:29 missing-link",
                "11:20 stale-year",
                "22:20 missing-link");
    }

    @Test
    void htmlCommentsWorkTheSameWay() {
        String html = """
                <article>
                <h2>Best Clinics of 2024</h2>
                <!-- copydesk-disable-next-line stale-year -->
                <h2>Best Clinics of 2023</h2>
                <!-- copydesk-disable missing-link stale-year -->
                <p>The brochure is available here.</p>
                <h2>Best Clinics of 2022</h2>
                <!-- copydesk-enable -->
                <p>The report is available here.</p>
                </article>
                """;
        assertThat(Lint.positions(Lint.run("a.html", html, RULES))).containsExactly(
                "2:21 stale-year",
                "9:28 missing-link");
    }

    @Test
    void aCommentNamingOtherRulesSilencesNothingElse() {
        String md = "<!-- copydesk-disable-next-line duplicate-sentence -->\nThe report is available here.\n";
        assertThat(Lint.positions(Lint.run("a.md", md, RULES))).containsExactly("2:25 missing-link");
    }
}
