package dev.copydesk.rule.yaml;

import dev.copydesk.document.Prose;
import dev.copydesk.document.TextRange;

/**
 * One piece of text a rule reads: a range of a prose (a whole heading, paragraph, list item… or one sentence), the
 * run of units it belongs to (consecutive sentences of a section, the items of one list, the teasers of one
 * related-links region), and the index of the top-level block it sits in ({@code -1} for the title).
 */
record Unit(Scope scope, Prose prose, int from, int to, int run, int block) {

    /** True if {@code [start, end)} overlaps inline code, which is not prose to be checked. */
    boolean inCode(int start, int end) {
        for (TextRange c : prose.code()) {
            if (c.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }
}
