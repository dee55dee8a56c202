package dev.copydesk.engine;

import dev.copydesk.rule.Rule;
import dev.copydesk.rule.Severity;

/** A rule as configured for some files: built with its options, at its effective severity. */
public record ActiveRule(Rule rule, Severity severity) {

    public String id() {
        return rule.meta().id();
    }
}
