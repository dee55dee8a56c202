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
 * <p>Kinds of condition are read in one place, {@link #read}: a condition counts terms and patterns, asks for a main
 * topic of the document ({@code topic}), or holds when {@code any} of a list of conditions does.
 */
sealed interface Condition permits PatternCondition, TopicCondition, Condition.Any {

    /** The evidence if the document meets the condition, else empty. */
    Optional<List<String>> test(Document document, TimeLimit limit, PatternSet exceptions);

    /**
     * Reads {@code when} or {@code unless}: one mapping, or a list of mappings. {@code topics} are the lexicons topic
     * conditions are checked against, or null when the rule is only being read.
     */
    static List<Condition> readAll(YamlNode node, Topics topics) throws ConfigException {
        List<Condition> out = new ArrayList<>();
        if (node instanceof YamlList list) {
            if (list.items().isEmpty()) {
                throw new ConfigException(list.location(), "a list of conditions must not be empty");
            }
            for (YamlNode item : list.items()) {
                out.add(read(item.asMap("each condition"), topics));
            }
        } else {
            out.add(read(node.asMap("a condition"), topics));
        }
        return List.copyOf(out);
    }

    /** Reads one condition. */
    static Condition read(YamlMap map, Topics topics) throws ConfigException {
        if (map.get("any").isPresent()) {
            map.checkKeys("an any condition", List.of("any"));
            YamlNode list = map.get("any").get();
            if (!(list instanceof YamlList)) {
                throw new ConfigException(list.location(), "any must be a list of conditions");
            }
            return new Any(readAll(list, topics));
        }
        if (map.get("topic").isPresent()) {
            return TopicCondition.read(map, topics);
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
