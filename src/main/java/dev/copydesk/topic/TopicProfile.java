package dev.copydesk.topic;

import java.util.List;
import java.util.Optional;

/**
 * What a text is about: a score per topic (the sum of the weights of the terms found, repeated terms counting less
 * each time), strongest first. Topics with no term found are left out, so an empty profile means "unknown".
 */
public record TopicProfile(List<TopicScore> scores) {

    public TopicProfile {
        scores = List.copyOf(scores);
    }

    public boolean isEmpty() {
        return scores.isEmpty();
    }

    /** The strongest topic, if any term was found. */
    public Optional<TopicScore> top() {
        return scores.isEmpty() ? Optional.empty() : Optional.of(scores.get(0));
    }

    /** The score of a topic, 0 if none of its terms was found. */
    public double score(String topicId) {
        return find(topicId).map(TopicScore::score).orElse(0.0);
    }

    public Optional<TopicScore> find(String topicId) {
        return scores.stream().filter(s -> s.id().equals(topicId)).findFirst();
    }

    /**
     * The main topics: those scoring at least {@code minScore} and at least {@code share} of the strongest one, at
     * most {@code max} of them.
     */
    public List<TopicScore> main(double minScore, double share, int max) {
        if (scores.isEmpty()) {
            return List.of();
        }
        double floor = Math.max(minScore, share * scores.get(0).score());
        return scores.stream().filter(s -> s.score() >= floor).limit(max).toList();
    }
}
