package dev.copydesk.rule.yaml;

import dev.copydesk.document.Prose;
import java.util.List;

/** Something a rule looks for in text: a list of terms or of regular expressions. Immutable and thread-safe. */
interface TextPattern {

    /**
     * Adds to {@code out} the matches in {@code text} within {@code [from, to)}, in text order and without overlaps.
     * Regular expressions stop with a {@link dev.copydesk.rule.RuleTimeoutException} once they run over {@code limit}.
     */
    void find(CharSequence text, int from, int to, TimeLimit limit, List<Match> out);

    /** The same as {@link #find(CharSequence, int, int, TimeLimit, List)} on a prose's text, sharing its analyses. */
    default void find(Prose prose, int from, int to, TimeLimit limit, List<Match> out) {
        find(prose.text(), from, to, limit, out);
    }

    /** How many terms or patterns there are; match keys are below this. */
    int size();
}
