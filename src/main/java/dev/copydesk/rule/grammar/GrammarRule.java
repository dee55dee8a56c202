package dev.copydesk.rule.grammar;

import dev.copydesk.config.GrammarSettings;
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

    /**
     * A Markdown section saying which LanguageTool language, categories and rules are in use under
     * {@code settings}, which came from {@code source} (a config file, or the defaults).
     */
    public static String inUse(GrammarSettings settings, String source) {
        StringBuilder b = new StringBuilder("\n## In use here\n\nFrom ").append(source).append(": ")
                .append(settings.enabled() ? "on" : "off").append(", ").append(settings.language()).append(" (")
                .append(GrammarSettings.LANGUAGES.get(settings.language())).append(").\n\n")
                .append("| LanguageTool category | Name | Checked |\n|---|---|---|\n");
        for (GrammarSettings.Category c : GrammarSettings.CATEGORIES.values()) {
            b.append("| `").append(c.id()).append("` | ").append(c.name()).append(" | ")
                    .append(settings.enabledCategories().contains(c.id()) ? "yes" : "no").append(" |\n");
        }
        b.append("\nRules switched off: ").append(ids(settings.disabledRules())).append(".\n");
        b.append("Rules switched on: ").append(ids(settings.enabledRules())).append(".\n");
        return b.toString();
    }

    private static String ids(java.util.List<String> ids) {
        return ids.isEmpty() ? "none" : "`" + String.join("`, `", ids) + "`";
    }

    private static Rule create(RuleOptions options, RuleEnvironment env) {
        return new LanguageToolRule(META, env.grammarService().engine(env.grammar(), env.vocabulary()), false);
    }
}
