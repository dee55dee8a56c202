package dev.copydesk.topic;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.YamlMap;
import dev.copydesk.config.YamlNode;
import dev.copydesk.config.YamlReader;
import dev.copydesk.config.YamlScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one lexicon file. Every mistake is a {@link ConfigException} at its line and column.
 *
 * <pre>
 * id: lawn-garden                 # must match the file name (lawn-garden.yaml)
 * label: lawn and garden care     # how messages name the topic
 * related: [home-improvement]     # topics that belong with this one (both ways)
 * terms:                          # word or phrase: weight (0.1 to 10); one form of each word is enough
 *   lawn: 3
 *   weed and feed: 5
 * senses:                         # ambiguous words: they count only next to a cue
 *   weed: {weight: 2, cues: [feed, killer, lawn, dandelion]}
 * </pre>
 */
public final class LexiconReader {

    private static final List<String> KEYS = List.of("id", "label", "related", "terms", "senses");
    private static final List<String> SENSE_KEYS = List.of("weight", "cues");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final double MAX_WEIGHT = 10;

    private LexiconReader() {
    }

    /** True if {@code id} has the form of a topic id (kebab-case). */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Parses a lexicon; {@code expectedId} is the id the file name gives, {@code path} how messages name the file.
     */
    public static Lexicon read(String path, String text, String expectedId) throws ConfigException {
        YamlNode root = YamlReader.read(path, text);
        YamlMap map = root.asMap("a topic lexicon");
        map.checkKeys("a topic lexicon", KEYS);
        YamlNode idNode = map.get("id").orElseThrow(() -> new ConfigException(map.location(),
                "a topic lexicon needs an id (the file name without .yaml: " + expectedId + ")"));
        String id = idNode.asScalar("id").asString("id").trim();
        if (!id.equals(expectedId)) {
            throw new ConfigException(idNode.location(), "the id \"" + id + "\" must match the file name ("
                    + expectedId + ".yaml)");
        }
        if (!isValidId(id)) {
            throw new ConfigException(idNode.location(), "a topic id must be kebab-case (such as lawn-garden), not \""
                    + id + "\"");
        }
        String label = map.string("label").orElseThrow(() -> new ConfigException(map.location(),
                "a topic lexicon needs a label, such as \"lawn and garden care\"")).trim();
        List<String> related = map.strings("related");
        Optional<YamlNode> relNode = map.get("related");
        for (String r : related) {
            if (!isValidId(r.trim())) {
                throw new ConfigException(relNode.orElseThrow().location(), "related topics are topic ids, not \"" + r
                        + "\"");
            }
        }
        Map<String, Double> terms = new LinkedHashMap<>();
        Optional<YamlMap> termMap = map.map("terms");
        if (termMap.isPresent()) {
            for (YamlMap.Entry e : termMap.get().all()) {
                String term = term(e);
                terms.put(term, weight(e.value(), "the weight of \"" + term + "\""));
            }
        }
        Map<String, Lexicon.Sense> senses = new LinkedHashMap<>();
        Optional<YamlMap> senseMap = map.map("senses");
        if (senseMap.isPresent()) {
            for (YamlMap.Entry e : senseMap.get().all()) {
                String term = term(e);
                if (terms.containsKey(term)) {
                    throw new ConfigException(e.keyLocation(), "\"" + term + "\" is both a term and a sense: keep one");
                }
                YamlMap s = e.value().asMap("the sense of \"" + term + "\"");
                s.checkKeys("a sense", SENSE_KEYS);
                double weight = s.get("weight").isPresent()
                        ? weight(s.get("weight").get(), "the weight of \"" + term + "\"") : 1;
                List<String> cues = s.strings("cues").stream().map(LexiconReader::normalize).toList();
                if (cues.isEmpty() || cues.stream().anyMatch(String::isEmpty)) {
                    throw new ConfigException(s.location(), "the sense of \"" + term + "\" needs cues: words that "
                            + "show this meaning when they are near");
                }
                senses.put(term, new Lexicon.Sense(weight, cues));
            }
        }
        if (terms.isEmpty() && senses.isEmpty()) {
            throw new ConfigException(map.location(), "a topic lexicon needs terms");
        }
        return new Lexicon(id, label, related.stream().map(String::trim).toList(), terms, senses, map.location());
    }

    private static String term(YamlMap.Entry e) throws ConfigException {
        String term = normalize(e.key());
        if (term.isEmpty()) {
            throw new ConfigException(e.keyLocation(), "a term needs at least one word");
        }
        return term;
    }

    private static double weight(YamlNode node, String what) throws ConfigException {
        YamlScalar s = node.asScalar(what);
        double w = s.asDouble(what);
        if (!(w > 0 && w <= MAX_WEIGHT)) {
            throw new ConfigException(s.location(), what + " must be above 0 and at most 10, not " + s.value());
        }
        return w;
    }

    /** A term as matched: lower case, single spaces. */
    static String normalize(String term) {
        return term.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
