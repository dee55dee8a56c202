package dev.copydesk.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What the config's {@code site} section says about the site: the topics it covers (related links on those are
 * always on-topic) and folders of the user's own topic lexicons.
 *
 * <pre>
 * site:
 *   topics: [mental-health, substance-use]
 *   lexicons: [topics]          # folders of &lt;topic-id&gt;.yaml files, relative to the config file
 * </pre>
 */
public record Site(List<Topic> topics, List<Folder> lexicons) {

    /** No site section. */
    public static final Site NONE = new Site(List.of(), List.of());

    public Site {
        topics = List.copyOf(topics);
        lexicons = List.copyOf(lexicons);
    }

    /**
     * This site with the keys an override's site section gives replacing its own: topics if it lists any, lexicon
     * folders if it lists any.
     */
    public Site with(Site override) {
        return new Site(override.topics.isEmpty() ? topics : override.topics,
                override.lexicons.isEmpty() ? lexicons : override.lexicons);
    }

    /** The topic ids, in config order. */
    public List<String> topicIds() {
        return topics.stream().map(Topic::id).toList();
    }

    /** A topic id as written, and where, so that an unknown id is reported at its place. */
    public record Topic(String id, Location location) {
    }

    /** A folder of topic lexicons: where it is, how messages name it, and where the config names it. */
    public record Folder(Path path, String display, Location location) {
    }
}
