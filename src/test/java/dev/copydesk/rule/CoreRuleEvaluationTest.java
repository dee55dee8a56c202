package dev.copydesk.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.testing.Lint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the core rules, finding by finding, on labelled articles
 * ({@code src/test/resources/labelled-findings/<rule-id>/}). Each article's {@code NAME.expect} lists every finding an
 * editor wants from the folder's rule as {@code LINE:COLUMN rule-id} (none: the rule must stay silent). A finding is
 * a true positive when an expected one has the same rule, line and column; each expected finding matches at most
 * once. The table is printed with every wrong finding, and each rule must stay at or above the floor it reached when
 * the set was labelled.
 */
class CoreRuleEvaluationTest {

    private static final Path ROOT = Path.of("src/test/resources/labelled-findings");

    /** The floors reached on this set (rounded down to 0.05): precision, recall. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "lead-in-without-list", new double[] {1.0, 0.90},
            "vague-link-text", new double[] {1.0, 1.0},
            "missing-link", new double[] {1.0, 1.0},
            "duplicate-sentence", new double[] {1.0, 1.0},
            "truncated-teaser", new double[] {1.0, 1.0},
            "stale-year", new double[] {0.95, 0.90});

    /** Tolerance for comparing ratios such as 19/20 with their floor. */
    private static final double EPSILON = 1e-9;

    record Score(String rule, int articles, int tp, int fp, int fn, List<String> wrong) {

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    static Score evaluate(String rule) throws IOException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> wrong = new ArrayList<>();
        List<Path> articles = articles(ROOT.resolve(rule));
        for (Path article : articles) {
            List<String> expected = new ArrayList<>(FixtureTest.expectations(article));
            for (String found : Lint.positions(Lint.run(article, rule))) {
                if (expected.remove(found)) {
                    tp++;
                } else {
                    fp++;
                    wrong.add("FP " + article.getFileName() + ":" + found.substring(0, found.indexOf(' ')));
                }
            }
            for (String missed : expected) {
                fn++;
                wrong.add("FN " + article.getFileName() + ":" + missed.substring(0, missed.indexOf(' ')));
            }
        }
        return new Score(rule, articles.size(), tp, fp, fn, wrong);
    }

    private static List<Path> articles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".expect")).sorted().toList();
        }
    }

    static String table(List<Score> scores) {
        StringBuilder t = new StringBuilder(
                "rule                  articles  TP  FP  FN  precision  recall  wrong findings\n");
        for (Score s : scores) {
            t.append(String.format(Locale.ROOT, "%-22s %7d %3d %3d %3d  %9.2f  %6.2f  %s%n", s.rule(), s.articles(),
                    s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), String.join(", ", s.wrong())));
        }
        return t.toString();
    }

    @Test
    void coreRulesKeepTheirPrecisionAndRecallOnLabelledArticles() throws IOException {
        List<Score> scores = new ArrayList<>();
        for (String rule : FLOORS.keySet().stream().sorted().toList()) {
            scores.add(evaluate(rule));
        }
        String table = table(scores);
        System.out.print(table);
        for (Score s : scores) {
            double[] floor = FLOORS.get(s.rule());
            assertThat(s.articles()).as("labelled articles for %s", s.rule()).isGreaterThanOrEqualTo(10);
            assertThat(s.tp() + s.fn()).as("expected findings for %s", s.rule()).isGreaterThanOrEqualTo(10);
            assertThat(s.precision()).as("precision of %s\n%s", s.rule(), table)
                    .isGreaterThanOrEqualTo(Math.max(0.8, floor[0]) - EPSILON);
            assertThat(s.recall()).as("recall of %s\n%s", s.rule(), table).isGreaterThanOrEqualTo(floor[1] - EPSILON);
        }
    }
}
