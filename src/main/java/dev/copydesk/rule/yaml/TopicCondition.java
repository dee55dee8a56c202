package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.YamlMap;
import dev.copydesk.document.Document;
import dev.copydesk.topic.DocumentTopics;
import dev.copydesk.topic.LexiconReader;
import dev.copydesk.topic.TopicModel;
import dev.copydesk.topic.TopicProfile;
import dev.copydesk.topic.TopicScore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A document meets this condition when one of the {@code topic} ids is among its main topics, as the topic lexicons
 * read it (title and headings weigh more than the body): the topic scores at least {@code score} and at least
 * {@code share} of the document's strongest topic. The evidence is the topic's strongest terms.
 */
record TopicCondition(List<String> topics, double score, double share, Supplier<TopicModel> model,
        List<String> context) implements Condition {

    static final List<String> KEYS = List.of("topic", "score", "share");

    /** Like the main topics of an article for {@code off-topic-link}. */
    static final double DEFAULT_SCORE = 4;
    static final double DEFAULT_SHARE = 0.25;

    static TopicCondition read(YamlMap map, Topics lexicons) throws ConfigException {
        map.checkKeys("a topic condition", KEYS);
        Keys k = new Keys(map);
        List<Located> ids = k.list("topic");
        Set<String> known = lexicons == null ? null : lexicons.ids();
        for (Located id : ids) {
            if (!LexiconReader.isValidId(id.value())) {
                throw new ConfigException(id.location(), "\"" + id.value() + "\" is not a topic id");
            }
            if (known != null && !known.contains(id.value())) {
                throw new ConfigException(id.location(), "unknown topic \"" + id.value() + "\" (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        double score = k.number("score").orElse(DEFAULT_SCORE);
        double share = k.number("share").orElse(DEFAULT_SHARE);
        if (!(score > 0)) {
            throw new ConfigException(map.get("score").get().location(), "score must be above 0");
        }
        if (share < 0 || share > 1) {
            throw new ConfigException(map.get("share").get().location(), "share must be between 0 and 1");
        }
        return new TopicCondition(ids.stream().map(Located::value).toList(), score, share,
                lexicons == null ? null : lexicons.model(), lexicons == null ? List.of() : lexicons.context());
    }

    @Override
    public Optional<List<String>> test(Document document, TimeLimit limit, PatternSet exceptions) {
        if (model == null) {
            return Optional.empty();
        }
        TopicProfile profile = DocumentTopics.profile(document, model.get(), context);
        Optional<TopicScore> top = profile.top();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        for (String id : topics) {
            Optional<TopicScore> s = profile.find(id);
            if (s.isPresent() && s.get().score() >= score && s.get().score() >= share * top.get().score()) {
                return Optional.of(s.get().topTerms(3));
            }
        }
        return Optional.empty();
    }
}
