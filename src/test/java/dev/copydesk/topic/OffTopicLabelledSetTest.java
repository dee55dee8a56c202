package dev.copydesk.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.report.Diagnostic;
import dev.copydesk.testing.Lint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures the off-topic-link rule on the labelled set: every case runs through the text parser and the rule with
 * its default options, and each flagged item is compared with its label. The floors are the figures the rule
 * reaches, rounded down, so a change that makes it worse fails here.
 */
class OffTopicLabelledSetTest {

    @Test
    void tuningSet() throws Exception {
        Score s = score(LabelledSet.load(LabelledSet.FILE));
        assertThat(s.items).as(s.summary).isGreaterThanOrEqualTo(60);
        assertThat(s.verticals).as(s.summary).isGreaterThanOrEqualTo(6);
        assertThat(s.precision).as(s.summary).isGreaterThanOrEqualTo(0.96);
        assertThat(s.recall).as(s.summary).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void heldOutSet() throws Exception {
        Score s = score(LabelledSet.load(LabelledSet.HELD_OUT));
        assertThat(s.precision).as(s.summary).isGreaterThanOrEqualTo(HELD_OUT_PRECISION);
        assertThat(s.recall).as(s.summary).isGreaterThanOrEqualTo(HELD_OUT_RECALL);
    }

    @Test
    void bothSets() throws Exception {
        LabelledSet a = LabelledSet.load(LabelledSet.FILE);
        LabelledSet b = LabelledSet.load(LabelledSet.HELD_OUT);
        List<LabelledSet.Case> all = new ArrayList<>(a.cases());
        all.addAll(b.cases());
        Score s = score(new LabelledSet(all));
        assertThat(s.precision).as(s.summary).isGreaterThanOrEqualTo(BOTH_PRECISION);
        assertThat(s.recall).as(s.summary).isGreaterThanOrEqualTo(BOTH_RECALL);
    }

    /** Counts over a set, and a summary naming every mistake. */
    record Score(int items, int verticals, double precision, double recall, String summary) {
    }

    static Score score(LabelledSet set) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int items = 0;
        Set<String> verticals = new HashSet<>();
        List<String> mistakes = new ArrayList<>();
        for (LabelledSet.Case c : set.cases()) {
            verticals.add(c.vertical());
            List<Diagnostic> found = Lint.run("case.txt", c.asText(), "off-topic-link");
            Set<Integer> flaggedLines = new HashSet<>();
            found.forEach(d -> flaggedLines.add(d.start().line()));
            for (int i = 0; i < c.items().size(); i++) {
                LabelledSet.Item item = c.items().get(i);
                boolean flagged = flaggedLines.contains(c.lineOf(i));
                items++;
                if (flagged && item.off()) {
                    tp++;
                } else if (flagged) {
                    fp++;
                    mistakes.add("false alarm under \"" + c.title() + "\": " + item.text());
                } else if (item.off()) {
                    fn++;
                    mistakes.add("missed under \"" + c.title() + "\": " + item.text());
                }
            }
            assertThat(found).allSatisfy(d -> assertThat(d.start().line()).isGreaterThanOrEqualTo(c.lineOf(0)));
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        String summary = String.format("%d items in %d verticals: %d flagged rightly, %d wrongly, %d missed; "
                + "precision %.3f, recall %.3f%n  %s", items, verticals.size(), tp, fp, fn, precision, recall,
                String.join("\n  ", mistakes));
        System.out.println("off-topic-link labelled set: " + summary);
        return new Score(items, verticals.size(), precision, recall, summary);
    }

    static final double HELD_OUT_PRECISION = 1.0;
    static final double HELD_OUT_RECALL = 0.92;
    static final double BOTH_PRECISION = 0.97;
    static final double BOTH_RECALL = 0.97;
}
