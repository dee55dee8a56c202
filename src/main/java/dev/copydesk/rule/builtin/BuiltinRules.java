package dev.copydesk.rule.builtin;

import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.rule.grammar.GrammarRule;
import dev.copydesk.rule.grammar.RejectedTermRule;
import dev.copydesk.rule.grammar.SpellingRule;
import java.util.List;

/**
 * The rules written in Java, registered explicitly (no classpath scanning), in id order. The grammar rules live in
 * {@code rule.grammar}; registering them loads no LanguageTool class.
 */
public final class BuiltinRules {

    private BuiltinRules() {
    }

    public static List<RuleProvider> providers() {
        return List.of(
                DuplicateSentence.PROVIDER,
                GrammarRule.PROVIDER,
                LeadInWithoutList.PROVIDER,
                MissingLink.PROVIDER,
                OffTopicLink.PROVIDER,
                RejectedTermRule.PROVIDER,
                SpellingRule.PROVIDER,
                StaleYear.PROVIDER,
                TruncatedTeaser.PROVIDER,
                VagueLinkText.PROVIDER);
    }

    public static RuleRegistry registry() {
        return new RuleRegistry(providers());
    }
}
