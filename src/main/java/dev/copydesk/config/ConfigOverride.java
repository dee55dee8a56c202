package dev.copydesk.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings that apply only to files matching some globs (relative to the config file's folder): rule settings,
 * merged over the config's, and a {@code site} section whose keys replace the config's (a gardening section of a
 * general site, say).
 */
public record ConfigOverride(Location location, List<String> files, Map<String, RuleSetting> rules,
        Optional<Site> site) {

    public ConfigOverride {
        files = List.copyOf(files);
        rules = Map.copyOf(rules);
    }

    /** An override of rule settings only. */
    public ConfigOverride(Location location, List<String> files, Map<String, RuleSetting> rules) {
        this(location, files, rules, Optional.empty());
    }
}
