package dev.copydesk.topic;

import dev.copydesk.config.Location;
import java.util.List;
import java.util.Map;

/**
 * One topic's lexicon as written in its YAML file, before compilation: an id (also the file name), a label for
 * messages ("lawn and garden care"), the topics it belongs with ({@code related}), weighted terms and phrases, and
 * ambiguous words ({@code senses}) that count toward this topic only when one of their cues is near.
 *
 * @param source where the lexicon was read from, for messages
 */
public record Lexicon(String id, String label, List<String> related, Map<String, Double> terms,
        Map<String, Sense> senses, Location source) {

    public Lexicon {
        related = List.copyOf(related);
        terms = Map.copyOf(terms);
        senses = Map.copyOf(senses);
    }

    /**
     * An ambiguous word or phrase: it counts toward the topic with {@code weight} when one of {@code cues} is within
     * a few words of it, or, with no cue of any other sense near, when the context is already about this topic.
     */
    public record Sense(double weight, List<String> cues) {

        public Sense {
            cues = List.copyOf(cues);
        }
    }
}
