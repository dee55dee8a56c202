package dev.copydesk.rule;

import dev.copydesk.document.Document;

/**
 * A check over one document. Rules are stateless after construction (their options are bound then), so one
 * instance checks many documents, from many threads at once.
 */
public interface Rule {

    RuleMeta meta();

    /** Checks one document, reporting each problem to {@code context}. */
    void check(Document document, RuleContext context);
}
