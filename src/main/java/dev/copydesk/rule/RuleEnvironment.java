package dev.copydesk.rule;

import dev.copydesk.config.Config;
import dev.copydesk.config.GrammarSettings;
import dev.copydesk.config.Vocabulary;
import dev.copydesk.rule.grammar.GrammarService;
import java.time.LocalDate;

/**
 * Facts about the run that rules may depend on, fixed for the whole run so results are reproducible, and the
 * settings of the config the rules are built under.
 *
 * @param today          the date rules take as today
 * @param grammar        the config's {@code grammar:} settings
 * @param vocabulary     the config's vocabulary (the shipped one is added by the rules that use it)
 * @param grammarService the run's grammar and spelling checking (LanguageTool and its cache), or one that is off
 */
public record RuleEnvironment(LocalDate today, GrammarSettings grammar, Vocabulary vocabulary,
        GrammarService grammarService) {

    /** A run without grammar checking, with the default settings. */
    public RuleEnvironment(LocalDate today) {
        this(today, GrammarService.off());
    }

    /** A run with the given grammar checking and the default settings. */
    public RuleEnvironment(LocalDate today, GrammarService grammarService) {
        this(today, GrammarSettings.DEFAULT, Vocabulary.EMPTY, grammarService);
    }

    /** The same run, with the settings of {@code config}. */
    public RuleEnvironment forConfig(Config config) {
        return new RuleEnvironment(today, config.grammar(), config.vocabulary(), grammarService);
    }
}
