package dev.copydesk.config;

import java.util.List;
import java.util.Map;

/** Rule settings that apply only to files matching some globs (relative to the config file's folder). */
public record ConfigOverride(Location location, List<String> files, Map<String, RuleSetting> rules) {

    public ConfigOverride {
        files = List.copyOf(files);
        rules = Map.copyOf(rules);
    }
}
