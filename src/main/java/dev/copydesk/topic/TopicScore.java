package dev.copydesk.topic;

import java.util.List;

/** How strongly a text is about one topic, and the terms that say so, strongest first. */
public record TopicScore(Topic topic, double score, List<TermHit> terms) {

    public TopicScore {
        terms = List.copyOf(terms);
    }

    public String id() {
        return topic.id();
    }

    public String label() {
        return topic.label();
    }

    /** The first {@code n} terms as the lexicon writes them. */
    public List<String> topTerms(int n) {
        return terms.stream().limit(n).map(TermHit::term).toList();
    }
}
