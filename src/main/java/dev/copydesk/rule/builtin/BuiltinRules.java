package dev.copydesk.rule.builtin;

import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.RuleRegistry;
import java.util.List;

/** The rules written in Java, registered explicitly (no classpath scanning), in id order. */
public final class BuiltinRules {

    private BuiltinRules() {
    }

    public static List<RuleProvider> providers() {
        return List.of(
                DuplicateSentence.PROVIDER,
                LeadInWithoutList.PROVIDER,
                MissingLink.PROVIDER,
                OffTopicLink.PROVIDER,
                StaleYear.PROVIDER,
                TruncatedTeaser.PROVIDER,
                VagueLinkText.PROVIDER);
    }

    public static RuleRegistry registry() {
        return new RuleRegistry(providers());
    }
}
