package dev.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Directive;
import dev.copydesk.source.LineMap;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.Span;
import dev.copydesk.testing.Lint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

    /** The rule the directives follow, read straight from its definition: every directive for every finding. */
    private static boolean naive(List<Directive> directives, LineMap lines, String rule, int offset) {
        List<Directive> sorted = directives.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
        int line = lines.line(offset);
        boolean all = false;
        Set<String> disabled = new HashSet<>();
        Set<String> enabledDespiteAll = new HashSet<>();
        for (Directive d : sorted) {
            if (d.kind() == Directive.Kind.DISABLE_NEXT_LINE) {
                if (lines.line(d.span().end()) + 1 == line && (d.appliesToAll() || d.rules().contains(rule))) {
                    return true;
                }
            } else if (d.span().start() < offset) {
                boolean disable = d.kind() == Directive.Kind.DISABLE;
                if (d.appliesToAll()) {
                    all = disable;
                    disabled.clear();
                    enabledDespiteAll.clear();
                } else if (all) {
                    if (disable) {
                        enabledDespiteAll.removeAll(d.rules());
                    } else {
                        enabledDespiteAll.addAll(d.rules());
                    }
                } else if (disable) {
                    disabled.addAll(d.rules());
                } else {
                    disabled.removeAll(d.rules());
                }
            }
        }
        return all ? !enabledDespiteAll.contains(rule) : disabled.contains(rule);
    }

    @Test
    void randomDirectivesSilenceWhatTheirDefinitionSays() {
        Random random = new Random(7);
        List<String> ids = List.of("a", "b", "c");
        for (int round = 0; round < 200; round++) {
            String text = "line of text\n".repeat(30);
            SourceFile source = new SourceFile("t.md", text);
            List<Directive> directives = new ArrayList<>();
            for (int k = random.nextInt(8); k > 0; k--) {
                int start = random.nextInt(text.length() - 5);
                Directive.Kind kind = Directive.Kind.values()[random.nextInt(3)];
                List<String> rules = random.nextInt(3) == 0 ? List.of()
                        : ids.subList(random.nextInt(2), 1 + random.nextInt(3)).stream().distinct().toList();
                directives.add(new Directive(new Span(start, start + random.nextInt(5)), kind, rules));
            }
            Suppressions suppressions = new Suppressions(directives, source);
            for (int offset = 0; offset < text.length(); offset += 3) {
                for (String rule : ids) {
                    assertThat(suppressions.suppressed(rule, offset)).as("%s at %d under %s", rule, offset, directives)
                            .isEqualTo(naive(directives, source.lines(), rule, offset));
                }
            }
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void manyDirectivesAndManyFindingsStayFast() {
        // 100,000 directives, each silencing the line after it, asked about 100,000 findings: reading every directive
        // for every finding takes minutes.
        int n = 100_000;
        String text = "<!-- copydesk-disable-next-line a -->\nClick here.\n".repeat(n);
        List<Directive> directives = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int at = k * 50;
            directives.add(new Directive(new Span(at, at + 37), Directive.Kind.DISABLE_NEXT_LINE, List.of("a")));
        }
        Suppressions suppressions = new Suppressions(directives, new SourceFile("t.md", text));
        int silenced = 0;
        for (int k = 0; k < n; k++) {
            silenced += suppressions.suppressed("a", k * 50 + 38) ? 1 : 0;
            silenced += suppressions.suppressed("b", k * 50 + 38) ? 1 : 0;
        }
        assertThat(silenced).isEqualTo(n);
    }
}
