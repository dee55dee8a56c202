package dev.copydesk.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.testing.Lint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the pack rules on labelled articles ({@code src/test/resources/labelled/<rule-id>/}):
 * {@code pos-*} articles should get at least one finding of the rule, {@code neg-*} articles none. Unlike fixtures,
 * these judge whole articles, so they measure how often a rule is right rather than pinning positions; the table
 * is printed, and each rule must keep precision and recall of at least 0.75.
 */
class PackEvaluationTest {

    private static final Path ROOT = Path.of("src/test/resources/labelled");

    record Score(String rule, int tp, int fp, int fn, int tn, List<String> wrong) {

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    static List<Score> evaluate() throws IOException {
        List<Score> out = new ArrayList<>();
        try (Stream<Path> rules = Files.list(ROOT)) {
            for (Path dir : rules.sorted().toList()) {
                String rule = dir.getFileName().toString();
                int tp = 0;
                int fp = 0;
                int fn = 0;
                int tn = 0;
                List<String> wrong = new ArrayList<>();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.sorted().toList()) {
                        boolean positive = f.getFileName().toString().startsWith("pos-");
                        boolean fired = !Lint.run(f, rule).isEmpty();
                        if (positive && fired) {
                            tp++;
                        } else if (positive) {
                            fn++;
                            wrong.add("missed " + f.getFileName());
                        } else if (fired) {
                            fp++;
                            wrong.add("false alarm " + f.getFileName());
                        } else {
                            tn++;
                        }
                    }
                }
                out.add(new Score(rule, tp, fp, fn, tn, wrong));
            }
        }
        return out;
    }

    @Test
    void everyPackRuleIsPreciseAndFindsWhatItShould() throws IOException {
        List<Score> scores = evaluate();
        StringBuilder table = new StringBuilder("rule                          TP FP FN TN  precision recall\n");
        for (Score s : scores) {
            table.append(String.format(Locale.ROOT, "%-28s %3d %2d %2d %2d  %9.2f %6.2f  %s%n", s.rule(), s.tp(), s.fp(),
                    s.fn(), s.tn(), s.precision(), s.recall(), String.join(", ", s.wrong())));
        }
        System.out.print(table);
        for (Score s : scores) {
            assertThat(s.tp() + s.fn()).as("positive articles for %s", s.rule()).isGreaterThanOrEqualTo(4);
            assertThat(s.fp() + s.tn()).as("negative articles for %s", s.rule()).isGreaterThanOrEqualTo(4);
            assertThat(s.precision()).as("precision of %s\n%s", s.rule(), table).isGreaterThanOrEqualTo(0.75);
            assertThat(s.recall()).as("recall of %s\n%s", s.rule(), table).isGreaterThanOrEqualTo(0.75);
        }
    }
}
