package dev.copydesk.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.report.Diagnostic;
import dev.copydesk.testing.Lint;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code missing-link} on paragraphs far longer than articles have: the cost stays linear. */
class MissingLinkTest {

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aParagraphOf120000PointerSentencesIsReadOnce() {
        // Each sentence once copied and searched the whole paragraph's source for HTML links: a minute for this one.
        String text = "More information here. ".repeat(120_000) + "\n";

        List<Diagnostic> found = Lint.run("a.md", text, "missing-link");

        assertThat(found).hasSize(120_000);
        // "here" of the second sentence: line 1, column 41.
        assertThat(found.get(1).start().line()).isEqualTo(1);
        assertThat(found.get(1).start().column()).isEqualTo(41);
    }
}
