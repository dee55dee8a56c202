package dev.copydesk.rule;

import dev.copydesk.source.Span;

/** Where a rule reports its findings; rules never print. */
public interface RuleContext {

    void report(Finding finding);

    default void report(Span span, String message) {
        report(new Finding(span, message));
    }
}
