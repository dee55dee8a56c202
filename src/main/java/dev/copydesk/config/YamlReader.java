package dev.copydesk.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into {@link YamlNode}s that keep their locations, using Jackson's streaming YAML parser (its tree model
 * drops locations). Duplicate keys and syntax errors are {@link ConfigException}s at their line and column.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /** Parses one YAML document; an empty document is an empty mapping. */
    public static YamlNode read(String path, String text) throws ConfigException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new YamlMap(new Location(path, 1, 1), Map.of());
            }
            return node(path, p, t);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Location loc = l == null ? new Location(path, 1, 1)
                    : new Location(path, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
            throw new ConfigException(loc, "invalid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(new Location(path, 1, 1), "cannot read YAML: " + e.getMessage());
        }
    }

    private static YamlNode node(String path, JsonParser p, JsonToken t) throws IOException, ConfigException {
        Location loc = location(path, p);
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String key = p.currentName();
                    Location keyLoc = location(path, p);
                    YamlNode value = node(path, p, p.nextToken());
                    if (entries.containsKey(key)) {
                        throw new ConfigException(keyLoc, "duplicate key \"" + key + "\"");
                    }
                    entries.put(key, new YamlMap.Entry(key, keyLoc, value));
                }
                return new YamlMap(loc, entries);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
                    items.add(node(path, p, i));
                }
                return new YamlList(loc, items);
            }
            case VALUE_NULL -> {
                return new YamlScalar(loc, null);
            }
            default -> {
                // An empty plain value ("key:" with nothing after it) is null, as in YAML's own reading.
                String text = p.getText();
                return new YamlScalar(loc, text.isEmpty() ? null : text);
            }
        }
    }

    private static Location location(String path, JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new Location(path, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
