package dev.copydesk.rule;

import dev.copydesk.config.ConfigException;

/** A rule's metadata and how to build it from options; the registry holds one per rule. */
public record RuleProvider(RuleMeta meta, Factory factory) {

    /** Builds a rule from its options; reads every option it knows through {@link RuleOptions}. */
    @FunctionalInterface
    public interface Factory {
        Rule create(RuleOptions options, RuleEnvironment environment) throws ConfigException;
    }

    /** Builds the rule and rejects options it did not read. */
    public Rule create(RuleOptions options, RuleEnvironment environment) throws ConfigException {
        Rule rule = factory.create(options, environment);
        options.checkAllRead();
        return rule;
    }
}
