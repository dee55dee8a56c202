package dev.copydesk.rule;

import dev.copydesk.config.Config;
import dev.copydesk.config.GrammarSettings;
import dev.copydesk.config.Site;
import dev.copydesk.config.Vocabulary;
import dev.copydesk.rule.grammar.GrammarService;
import dev.copydesk.topic.TopicModels;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Facts that rules may depend on, fixed while they are built so results are reproducible: today's date, what the
 * config says the site covers, its grammar settings and vocabulary, and the run's shared resources (topic models,
 * grammar checking), loaded once, when first needed.
 *
 * @param today          the date rules take as today
 * @param site           the config's {@code site:} section
 * @param topics         the run's topic models
 * @param grammar        the config's {@code grammar:} settings
 * @param vocabulary     the config's vocabulary (the shipped one is added by the rules that use it)
 * @param grammarService the run's grammar and spelling checking (LanguageTool and its cache), or one that is off
 */
public record RuleEnvironment(LocalDate today, Site site, TopicModels topics, GrammarSettings grammar,
        Vocabulary vocabulary, GrammarService grammarService) {

    public RuleEnvironment {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(grammar, "grammar");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(grammarService, "grammarService");
    }

    /** A run on {@code today} with no site section, its own topic models and no grammar checking. */
    public RuleEnvironment(LocalDate today) {
        this(today, GrammarService.off());
    }

    /** A run on {@code today} with the given grammar checking and default settings. */
    public RuleEnvironment(LocalDate today, GrammarService grammarService) {
        this(today, Site.NONE, new TopicModels(), GrammarSettings.DEFAULT, Vocabulary.EMPTY, grammarService);
    }

    /** The same run, under a config whose site section is {@code site}. */
    public RuleEnvironment withSite(Site site) {
        return new RuleEnvironment(today, site, topics, grammar, vocabulary, grammarService);
    }

    /** The same run, with the settings of {@code config}. */
    public RuleEnvironment forConfig(Config config) {
        return new RuleEnvironment(today, config.site(), topics, config.grammar(), config.vocabulary(),
                grammarService);
    }
}
