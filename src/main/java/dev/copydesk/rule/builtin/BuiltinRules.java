package dev.copydesk.rule.builtin;

import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.rule.grammar.GrammarRule;
import dev.copydesk.rule.grammar.RejectedTermRule;
import dev.copydesk.rule.grammar.SpellingRule;
import dev.copydesk.rule.yaml.RulePacks;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules shipped with Copydesk: those written in Java, registered explicitly (no classpath scanning) in id order
 * by {@link #providers()}, and the YAML packs of {@code rules/} ({@link RulePacks#shipped()}). The grammar rules live
 * in {@code rule.grammar}; registering them loads no LanguageTool class.
 */
public final class BuiltinRules {

    private BuiltinRules() {
    }

    public static List<RuleProvider> providers() {
        return List.of(
                DuplicateSentence.PROVIDER,
                EmptySection.PROVIDER,
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

    /** Every shipped rule: the Java rules and the shipped YAML packs (an id defined twice is a bug). */
    public static RuleRegistry registry() {
        List<RuleProvider> all = new ArrayList<>(providers());
        all.addAll(RulePacks.shippedProviders());
        return new RuleRegistry(all);
    }
}
