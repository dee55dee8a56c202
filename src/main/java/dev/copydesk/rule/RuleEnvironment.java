package dev.copydesk.rule;

import dev.copydesk.config.Site;
import dev.copydesk.topic.TopicModels;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Facts that rules may depend on, fixed while they are built so results are reproducible: today's date, what the
 * config says the site covers, and the run's topic models (loaded once, when first needed, and shared).
 */
public record RuleEnvironment(LocalDate today, Site site, TopicModels topics) {

    public RuleEnvironment {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(topics, "topics");
    }

    /** A run on {@code today} with no site section and its own topic models. */
    public RuleEnvironment(LocalDate today) {
        this(today, Site.NONE, new TopicModels());
    }

    /** The same run, under a config whose site section is {@code site}. */
    public RuleEnvironment withSite(Site site) {
        return new RuleEnvironment(today, site, topics);
    }
}
