package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.YamlList;
import dev.copydesk.config.YamlMap;
import dev.copydesk.config.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Typed reads of a rule file's mapping that report every mistake at the line and column of the value. */
final class Keys {

    private final YamlMap map;

    Keys(YamlMap map) {
        this.map = map;
    }

    YamlMap map() {
        return map;
    }

    boolean has(String key) {
        return map.get(key).isPresent();
    }

    Optional<YamlNode> node(String key) {
        return map.get(key);
    }

    String required(String key, String what) throws ConfigException {
        return map.string(key).orElseThrow(() -> new ConfigException(map.location(), what + " needs " + key));
    }

    Optional<String> string(String key) throws ConfigException {
        return map.string(key);
    }

    /** A list of strings with their locations; a single value is a list of one. */
    List<Located> list(String key) throws ConfigException {
        Optional<YamlNode> n = map.get(key);
        return n.isEmpty() ? List.of() : strings(n.get(), key);
    }

    static List<Located> strings(YamlNode node, String what) throws ConfigException {
        List<Located> out = new ArrayList<>();
        if (node instanceof YamlList l) {
            for (YamlNode item : l.items()) {
                out.add(new Located(item.asScalar("each item of " + what).asString(what), item.location()));
            }
        } else {
            out.add(new Located(node.asScalar(what).asString(what), node.location()));
        }
        return out;
    }

    boolean bool(String key, boolean defaultValue) throws ConfigException {
        return map.bool(key).orElse(defaultValue);
    }

    int integer(String key, int defaultValue, int min) throws ConfigException {
        Optional<Integer> v = map.integer(key);
        if (v.isPresent() && v.get() < min) {
            throw new ConfigException(map.get(key).get().location(), key + " must be at least " + min + ", not "
                    + v.get());
        }
        return v.orElse(defaultValue);
    }

    Optional<Double> number(String key) throws ConfigException {
        return map.number(key);
    }

    /** One of a closed set of words. */
    String choice(String key, String defaultValue, List<String> allowed) throws ConfigException {
        Optional<String> v = map.string(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        String s = v.get().trim();
        if (!allowed.contains(s)) {
            throw new ConfigException(map.get(key).get().location(), key + " must be one of " + String.join(", ",
                    allowed) + ", not \"" + s + "\"");
        }
        return s;
    }
}
