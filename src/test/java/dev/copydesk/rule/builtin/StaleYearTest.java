package dev.copydesk.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.report.Diagnostic;
import dev.copydesk.testing.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code stale-year} on the items of a related-links region (tests run on {@link Lint#TODAY}, in 2026). */
class StaleYearTest {

    @Test
    void anItemTitleAndTheTeaserOfAnItemWithoutTitleAreRead() {
        String html = """
                <article>
                <h1>Choosing a laptop</h1>
                <p>Laptops vary in price and battery life. This guide explains what matters when you buy one.</p>
                </article>
                <h2>Related posts</h2>
                <ul>
                <li><a href="/laptops">Best Budget Laptops of 2023</a> <p>Twelve laptops tested.</p></li>
                <li><p>The best tablets for 2024 and what they cost</p></li>
                <li><a href="/mice">Wireless mice compared</a> <p>The best mice for 2024.</p></li>
                </ul>
                """;

        List<Diagnostic> found = Lint.run("a.html", html, "stale-year");

        assertThat(Lint.positions(found)).containsExactly("7:47 stale-year", "8:29 stale-year");
        assertThat(found.get(0).message()).isEqualTo("The related link presents 2023 as current (\"of 2023\"), but it "
                + "is 2026: \"Best Budget Laptops of 2023\".");
    }
}
