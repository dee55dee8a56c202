package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.topic.TopicModel;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The topic lexicons a rule's {@code topic} conditions are checked against: those of the run (shipped, plus the
 * config's {@code site.lexicons}). Reading a rule file on its own has none (null): topic ids are then only checked for
 * form, and checked against the lexicons when the rule is built for a config.
 */
interface Topics {

    /** The topic ids known. */
    Set<String> ids() throws ConfigException;

    /** The topic model, compiled on first use. */
    Supplier<TopicModel> model() throws ConfigException;

    /** The topics the site covers, which help read ambiguous words. */
    List<String> context();

    /** The lexicons of a run, under one config. */
    static Topics of(RuleEnvironment env) {
        return new Topics() {
            @Override
            public Set<String> ids() throws ConfigException {
                return env.topics().ids(env.site().lexicons());
            }

            @Override
            public Supplier<TopicModel> model() throws ConfigException {
                return env.topics().model(env.site().lexicons());
            }

            @Override
            public List<String> context() {
                return env.site().topicIds();
            }
        };
    }
}
