package dev.copydesk.rule;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Location;
import dev.copydesk.config.YamlMap;
import dev.copydesk.config.YamlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A rule's options from the config file, read through typed accessors while the rule is built. Keys that the rule
 * never asked for are reported by {@link #checkAllRead()} as unknown, at their line and column.
 */
public final class RuleOptions {

    private final String ruleId;
    private final YamlMap map;
    private final Set<String> read = new HashSet<>();

    public RuleOptions(String ruleId, YamlMap map) {
        this.ruleId = ruleId;
        this.map = map;
    }

    /** No options: every accessor returns its default. */
    public static RuleOptions none(String ruleId) {
        return new RuleOptions(ruleId, new YamlMap(new Location("(defaults)", 1, 1), Map.of()));
    }

    public List<String> strings(String key) throws ConfigException {
        read.add(key);
        return map.strings(key);
    }

    public int integer(String key, int defaultValue) throws ConfigException {
        read.add(key);
        return map.integer(key).orElse(defaultValue);
    }

    public double number(String key, double defaultValue) throws ConfigException {
        read.add(key);
        return map.number(key).orElse(defaultValue);
    }

    public boolean bool(String key, boolean defaultValue) throws ConfigException {
        read.add(key);
        return map.bool(key).orElse(defaultValue);
    }

    public String string(String key, String defaultValue) throws ConfigException {
        read.add(key);
        return map.string(key).orElse(defaultValue);
    }

    /** The value of an option as written, with its location, for options checked item by item. */
    public Optional<YamlNode> node(String key) {
        read.add(key);
        return map.get(key);
    }

    /** The whole options mapping, for rules with structured options; every key counts as read. */
    public YamlMap raw() {
        map.entries().keySet().forEach(read::add);
        return map;
    }

    /** Fails on the first option the rule did not read. */
    public void checkAllRead() throws ConfigException {
        for (YamlMap.Entry e : map.all()) {
            if (!read.contains(e.key())) {
                throw new ConfigException(e.keyLocation(), "unknown option \"" + e.key() + "\" for rule " + ruleId
                        + (read.isEmpty() ? " (it takes none)" : " (it takes: " + String.join(", ", read) + ")"));
            }
        }
    }
}
