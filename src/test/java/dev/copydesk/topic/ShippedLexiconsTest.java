package dev.copydesk.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lexicons shipped in {@code rules/topics/}: the index, their contents, and the docs page's table. */
class ShippedLexiconsTest {

    private static final Path FOLDER = Path.of("rules/topics");

    @Test
    void indexListsExactlyTheYamlFilesOfTheFolder() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        assertThat(Lexicons.shippedFiles()).containsExactlyElementsOf(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyLexiconLoadsAndCompilesWithKnownRelatedTopics() throws Exception {
        List<Lexicon> lexicons = Lexicons.shipped();
        Set<String> ids = new HashSet<>(Lexicons.shippedIds());
        for (Lexicon l : lexicons) {
            assertThat(ids).as("related topics of %s", l.id()).containsAll(l.related());
        }
        TopicModel m = TopicModel.compile(lexicons, new Stemmer());
        assertThat(m.topics()).extracting(Topic::id).containsExactlyElementsOf(Lexicons.shippedIds());
        assertThat(m.topic("health").orElseThrow().related()).contains("mental-health", "substance-use");
        assertThat(m.topic("mental-health").orElseThrow().related()).contains("health");
    }

    @Test
    void eachWordIsListedInOneFormOnly() {
        TopicModel model = compiled();
        List<String> repeats = new ArrayList<>();
        for (Lexicon l : Lexicons.shipped()) {
            Map<String, String> seen = new HashMap<>();
            List<String> all = new ArrayList<>(l.terms().keySet());
            all.addAll(l.senses().keySet());
            for (String t : all) {
                String key = String.join(" ", model.tokens(t).stream().map(Token::stem).toList());
                String before = seen.putIfAbsent(key, t);
                if (before != null) {
                    repeats.add(l.id() + ": \"" + before + "\" and \"" + t + "\"");
                }
            }
        }
        assertThat(repeats).as("terms that stem alike (a term and a sense alike would hide the sense)").isEmpty();
    }

    private static TopicModel compiled() {
        try {
            return TopicModel.compile(Lexicons.shipped(), new Stemmer());
        } catch (dev.copydesk.config.ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void docsPageListsEveryTopicWithItsLabel() throws IOException {
        String page = Files.readString(Path.of("docs/rules/off-topic-link.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| ([^|]+) \\|").matcher(page);
        Map<String, String> documented = new HashMap<>();
        while (m.find()) {
            documented.put(m.group(1), m.group(2).strip());
        }
        Map<String, String> shipped = new HashMap<>();
        Lexicons.shipped().forEach(l -> shipped.put(l.id(), l.label()));
        assertThat(documented).isEqualTo(shipped);
    }
}
