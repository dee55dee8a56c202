package dev.copydesk.rule.grammar;

import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;

/**
 * Words LanguageTool's dictionary does not know. Shares its LanguageTool run with {@link GrammarRule}: one check
 * per paragraph serves both.
 */
public final class SpellingRule {

    public static final RuleMeta META = new RuleMeta("spelling", Severity.WARNING,
            "A word the dictionary does not know: a typo, or a name to add to the vocabulary.",
            "Correct the typo, or add the word to vocabulary.accept in .copydesk.yaml (or a vocabulary file) if it "
                    + "is a name the project uses.");

    public static final RuleProvider PROVIDER = new RuleProvider(META, SpellingRule::create);

    private SpellingRule() {
    }

    private static Rule create(RuleOptions options, RuleEnvironment env) {
        return new LanguageToolRule(META, env.grammarService().engine(env.grammar(), env.vocabulary()), true);
    }
}
