package dev.copydesk.rule.yaml;

import java.util.List;

/** Something a rule looks for in text: a list of terms or of regular expressions. Immutable and thread-safe. */
interface TextPattern {

    /**
     * Adds to {@code out} the matches in {@code text} within {@code [from, to)}, in text order and without overlaps.
     * Regular expressions stop with a {@link dev.copydesk.rule.RuleTimeoutException} once they run over {@code limit}.
     */
    void find(CharSequence text, int from, int to, TimeLimit limit, List<Match> out);

    /** How many terms or patterns there are; match keys are below this. */
    int size();
}
