package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.YamlList;
import dev.copydesk.config.YamlMap;
import dev.copydesk.config.YamlNode;
import dev.copydesk.document.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A test a whole document must pass for a rule to apply to it (the {@code when} of any rule, the trigger of a
 * {@code required} rule). A met condition returns its evidence: the words that made it true, most frequent first.
 *
 * <p>Kinds of condition are read in one place, {@link #read}: today a condition counts terms and patterns, or holds
 * when {@code any} of a list of conditions does; a condition on the document's topic would be one more kind there.
 */
sealed interface Condition permits PatternCondition, Condition.Any {

    /** The evidence if the document meets the condition, else empty. */
    Optional<List<String>> test(Document document, TimeLimit limit, PatternSet exceptions);

    /** Reads {@code when} or {@code unless}: one mapping, or a list of mappings. */
    static List<Condition> readAll(YamlNode node) throws ConfigException {
        List<Condition> out = new ArrayList<>();
        if (node instanceof YamlList list) {
            if (list.items().isEmpty()) {
                throw new ConfigException(list.location(), "a list of conditions must not be empty");
            }
            for (YamlNode item : list.items()) {
                out.add(read(item.asMap("each condition")));
            }
        } else {
            out.add(read(node.asMap("a condition")));
        }
        return List.copyOf(out);
    }

    /** Reads one condition. */
    static Condition read(YamlMap map) throws ConfigException {
        if (map.get("any").isPresent()) {
            map.checkKeys("an any condition", List.of("any"));
            YamlNode list = map.get("any").get();
            if (!(list instanceof YamlList)) {
                throw new ConfigException(list.location(), "any must be a list of conditions");
            }
            return new Any(readAll(list));
        }
        if (map.get("topic").isPresent()) {
            throw new ConfigException(map.entries().get("topic").keyLocation(), "topic conditions need the topic "
                    + "lexicons, which this version of Copydesk does not have; use terms or patterns");
        }
        return PatternCondition.read(map);
    }

    /** True, with the first condition's evidence, if the document meets every condition. */
    static Optional<List<String>> testAll(List<Condition> conditions, Document document, TimeLimit limit,
            PatternSet exceptions) {
        List<String> evidence = null;
        for (Condition c : conditions) {
            Optional<List<String>> e = c.test(document, limit, exceptions);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            if (evidence == null) {
                evidence = e.get();
            }
        }
        return Optional.of(evidence == null ? List.of() : evidence);
    }

    /** Met when one of its conditions is, with that condition's evidence. */
    record Any(List<Condition> conditions) implements Condition {

        @Override
        public Optional<List<String>> test(Document document, TimeLimit limit, PatternSet exceptions) {
            for (Condition c : conditions) {
                Optional<List<String>> e = c.test(document, limit, exceptions);
                if (e.isPresent()) {
                    return e;
                }
            }
            return Optional.empty();
        }
    }
}
