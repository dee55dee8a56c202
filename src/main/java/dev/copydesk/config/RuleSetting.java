package dev.copydesk.config;

import dev.copydesk.rule.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a config file says about one rule: whether it is enabled, its severity and its options. Absent parts leave
 * the rule's defaults (or an outer setting) in place.
 */
public record RuleSetting(Location location, Optional<Boolean> enabled, Optional<Severity> severity,
        YamlMap options) {

    /** This setting with {@code over} applied on top: its present parts win, options merge key by key. */
    public RuleSetting merge(RuleSetting over) {
        Map<String, YamlMap.Entry> merged = new LinkedHashMap<>(options.entries());
        merged.putAll(over.options.entries());
        return new RuleSetting(over.location,
                over.enabled.isPresent() ? over.enabled : enabled,
                over.severity.isPresent() ? over.severity : severity,
                new YamlMap(over.options.location(), merged));
    }
}
