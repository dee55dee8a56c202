package dev.copydesk.topic;

import java.util.Set;

/**
 * A topic of a compiled {@link TopicModel}: its id, the label messages use, and the topics related to it (both
 * ways: if one lexicon names another as related, each is related to the other).
 */
public record Topic(String id, String label, Set<String> related) {

    public Topic {
        related = Set.copyOf(related);
    }
}
