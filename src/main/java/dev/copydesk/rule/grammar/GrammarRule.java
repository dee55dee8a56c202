package dev.copydesk.rule.grammar;

import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;

/** Grammar, punctuation and usage mistakes found by LanguageTool (everything but unknown words). */
public final class GrammarRule {

    public static final RuleMeta META = new RuleMeta("grammar", Severity.WARNING,
            "A grammar, punctuation or usage mistake found by LanguageTool.",
            "Fix the wording as suggested, or silence a false alarm with a copydesk-disable-next-line comment or "
                    + "grammar.disabledRules in .copydesk.yaml.");

    public static final RuleProvider PROVIDER = new RuleProvider(META, GrammarRule::create);

    private GrammarRule() {
    }

    private static Rule create(RuleOptions options, RuleEnvironment env) {
        return new LanguageToolRule(META, env.grammarService().engine(env.grammar(), env.vocabulary()), false);
    }
}
