package dev.copydesk.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML mapping with string keys, in file order; each key remembers its own location. */
public record YamlMap(Location location, Map<String, Entry> entries) implements YamlNode {

    /** One key and its value. */
    public record Entry(String key, Location keyLocation, YamlNode value) {
    }

    public YamlMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String kind() {
        return "a mapping";
    }

    /** The value of a key; a key with an empty value (only comments under it, say) counts as absent. */
    public Optional<YamlNode> get(String key) {
        Entry e = entries.get(key);
        if (e == null || (e.value() instanceof YamlScalar s && s.isNull())) {
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    public Collection<Entry> all() {
        return entries.values();
    }

    /** Fails on the first key not in {@code allowed}, naming the keys that are. */
    public void checkKeys(String what, Collection<String> allowed) throws ConfigException {
        for (Entry e : entries.values()) {
            if (!allowed.contains(e.key())) {
                throw new ConfigException(e.keyLocation(), "unknown key \"" + e.key() + "\" in " + what
                        + " (known keys: " + String.join(", ", allowed) + ")");
            }
        }
    }

    public Optional<String> string(String key) throws ConfigException {
        Optional<YamlNode> n = get(key);
        return n.isEmpty() ? Optional.empty() : Optional.of(n.get().asScalar(key).asString(key));
    }

    public Optional<Integer> integer(String key) throws ConfigException {
        Optional<YamlNode> n = get(key);
        return n.isEmpty() ? Optional.empty() : Optional.of(n.get().asScalar(key).asInt(key));
    }

    public Optional<Double> number(String key) throws ConfigException {
        Optional<YamlNode> n = get(key);
        return n.isEmpty() ? Optional.empty() : Optional.of(n.get().asScalar(key).asDouble(key));
    }

    public Optional<Boolean> bool(String key) throws ConfigException {
        Optional<YamlNode> n = get(key);
        return n.isEmpty() ? Optional.empty() : Optional.of(n.get().asScalar(key).asBoolean(key));
    }

    public Optional<YamlMap> map(String key) throws ConfigException {
        Optional<YamlNode> n = get(key);
        return n.isEmpty() ? Optional.empty() : Optional.of(n.get().asMap(key));
    }

    /** A list of strings; a single value is read as a list of one. Empty if the key is absent. */
    public List<String> strings(String key) throws ConfigException {
        Optional<YamlNode> n = get(key);
        if (n.isEmpty()) {
            return List.of();
        }
        return stringsOf(n.get(), key);
    }

    /** The strings of a list node, or of a single scalar. */
    public static List<String> stringsOf(YamlNode node, String what) throws ConfigException {
        if (node instanceof YamlList l) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : l.items()) {
                out.add(item.asScalar("each item of " + what).asString(what));
            }
            return out;
        }
        if (node instanceof YamlScalar s && s.isNull()) {
            return List.of();
        }
        return List.of(node.asScalar(what).asString(what));
    }
}
