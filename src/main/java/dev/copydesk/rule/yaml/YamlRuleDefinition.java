package dev.copydesk.rule.yaml;

import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleProvider;
import java.util.Optional;

/**
 * A rule read from a YAML file: its metadata, where it came from ({@code path} as shown to users; {@code builtin}
 * for the packs shipped in the jar), the file's text (shown by {@code copydesk explain}), its docs link, and the
 * provider that builds it, with option overrides from {@code .copydesk.yaml}.
 */
public record YamlRuleDefinition(RuleMeta meta, String kind, String path, String text, Optional<String> link,
        boolean builtin, RuleProvider provider) {

    public String id() {
        return meta.id();
    }
}
