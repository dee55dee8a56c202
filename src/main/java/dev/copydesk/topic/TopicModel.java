package dev.copydesk.topic;

import dev.copydesk.config.ConfigException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiled topic lexicons: gives the {@link TopicProfile} of a text. Immutable and thread-safe once built.
 *
 * <p>Words are matched by stem (see {@link Stemmer}); on top of KStem, each lexicon word also matches its regular
 * inflections (plural, {@code -ing}, {@code -ed}), so a lexicon lists one form per word. At each position the
 * longest term wins, so "weed and feed" is one lawn-care phrase and its "weed" is not counted again.
 *
 * <p>Ambiguous words ({@link Lexicon.Sense}) count toward a topic when one of that sense's cues is within
 * {@value #CUE_WINDOW} words. With no cue near, they count toward whichever of their topics the context is about:
 * the topics the text's unambiguous terms point to, and any topics the caller gives (such as the article's, when
 * profiling a related link). With neither, they count toward nothing.
 */
public final class TopicModel {

    /** How many words either side of an ambiguous word its cues are looked for. */
    public static final int CUE_WINDOW = 8;
    /** How strongly unambiguous terms must point to a topic for it to resolve an ambiguous word. */
    static final double CONTEXT_MIN = 2;

    private final Stemmer stemmer;
    private final List<Topic> topics;
    private final Map<String, Integer> index;
    private final Map<String, String> canonical;
    private final Map<String, List<Entry>> entries;
    private final Set<String> vocabulary;

    private TopicModel(Stemmer stemmer, List<Topic> topics, Map<String, String> canonical,
            Map<String, List<Entry>> entries) {
        this.stemmer = stemmer;
        this.topics = List.copyOf(topics);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            idx.put(topics.get(i).id(), i);
        }
        // Hash maps rather than Map.copyOf: these are read for every word of every article, and hash maps read faster.
        this.index = Collections.unmodifiableMap(idx);
        this.canonical = Collections.unmodifiableMap(new HashMap<>(canonical));
        this.entries = Collections.unmodifiableMap(new HashMap<>(entries));
        Set<String> v = new HashSet<>();
        for (List<Entry> list : entries.values()) {
            for (Entry e : list) {
                v.addAll(List.of(e.keys));
            }
        }
        this.vocabulary = Collections.unmodifiableSet(v);
    }

    /**
     * Compiles lexicons (ids must be distinct). Fails at a lexicon's location if it names an unknown related topic.
     */
    public static TopicModel compile(List<Lexicon> lexicons, Stemmer stemmer) throws ConfigException {
        Map<String, Lexicon> byId = new LinkedHashMap<>();
        for (Lexicon l : lexicons) {
            if (byId.put(l.id(), l) != null) {
                throw new IllegalArgumentException("two lexicons with id " + l.id());
            }
        }
        Map<String, Set<String>> related = new HashMap<>();
        for (Lexicon l : lexicons) {
            related.computeIfAbsent(l.id(), k -> new TreeSet<>());
            for (String r : l.related()) {
                if (!byId.containsKey(r)) {
                    throw new ConfigException(l.source(), "topic " + l.id() + " names an unknown related topic \"" + r
                            + "\" (known: " + String.join(", ", new TreeSet<>(byId.keySet())) + ")");
                }
                if (!r.equals(l.id())) {
                    related.computeIfAbsent(l.id(), k -> new TreeSet<>()).add(r);
                    related.computeIfAbsent(r, k -> new TreeSet<>()).add(l.id());
                }
            }
        }
        List<Topic> topics = new ArrayList<>();
        for (Lexicon l : byId.values()) {
            topics.add(new Topic(l.id(), l.label(), related.get(l.id())));
        }
        // Every word any lexicon uses, by its stem; then the stems of their inflections, unless another word owns them.
        Set<String> words = new TreeSet<>();
        for (Lexicon l : lexicons) {
            l.terms().keySet().forEach(t -> words.addAll(List.of(t.split(" "))));
            l.senses().forEach((t, s) -> {
                words.addAll(List.of(t.split(" ")));
                s.cues().forEach(c -> words.addAll(List.of(c.split(" "))));
            });
        }
        // Shorter words first, so that an inflection folds onto its base ("smoking" onto "smoke", "dogs" onto "dog").
        List<String> wordList = words.stream()
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> stems = stemmer.stemEach(wordList);
        List<String> forms = new ArrayList<>();
        List<String> formBase = new ArrayList<>();
        for (int i = 0; i < wordList.size(); i++) {
            for (String form : Inflections.of(wordList.get(i))) {
                forms.add(form);
                formBase.add(stems.get(i));
            }
        }
        List<String> formStems = stemmer.stemEach(forms);
        Map<String, String> canonical = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            String v = formStems.get(i);
            String c = formBase.get(i);
            if (!v.equals(c) && !v.contains(" ") && !canonical.containsKey(v) && !resolve(canonical, c).equals(v)) {
                canonical.put(v, c);
            }
        }
        Map<String, String> stemOf = new HashMap<>();
        for (int i = 0; i < wordList.size(); i++) {
            String stem = stems.get(i).isEmpty() ? wordList.get(i) : stems.get(i);
            StringBuilder folded = new StringBuilder();
            for (String part : stem.split(" ")) {
                folded.append(folded.length() == 0 ? "" : " ").append(resolve(canonical, part));
            }
            stemOf.put(wordList.get(i), folded.toString());
        }
        Map<String, List<Entry>> entries = new HashMap<>();
        for (int t = 0; t < topics.size(); t++) {
            Lexicon l = byId.get(topics.get(t).id());
            for (Map.Entry<String, Double> e : l.terms().entrySet()) {
                add(entries, new Entry(t, e.getKey(), keys(e.getKey(), stemOf), e.getValue(), null));
            }
            for (Map.Entry<String, Lexicon.Sense> e : l.senses().entrySet()) {
                List<String[]> cues = e.getValue().cues().stream().map(c -> keys(c, stemOf)).toList();
                add(entries, new Entry(t, e.getKey(), keys(e.getKey(), stemOf), e.getValue().weight(), cues));
            }
        }
        for (List<Entry> list : entries.values()) {
            list.sort(Comparator.comparingInt((Entry e) -> -e.keys.length));
        }
        return new TopicModel(stemmer, topics, canonical, entries);
    }

    private static String[] keys(String term, Map<String, String> stemOf) {
        String[] words = term.split(" ");
        List<String> out = new ArrayList<>();
        for (String w : words) {
            // A lexicon word the stemmer splits ("401k", "e-bike") keeps each part.
            out.addAll(List.of(stemOf.get(w).split(" ")));
        }
        return out.toArray(String[]::new);
    }

    /** Adds an entry; two forms of one word in one lexicon ("lawn", "lawns") make one entry, the stronger. */
    private static void add(Map<String, List<Entry>> entries, Entry e) {
        List<Entry> list = entries.computeIfAbsent(e.keys[0], k -> new ArrayList<>());
        for (int i = 0; i < list.size(); i++) {
            Entry o = list.get(i);
            if (o.topic == e.topic && java.util.Arrays.equals(o.keys, e.keys) && (o.cues == null) == (e.cues == null)) {
                if (e.weight > o.weight) {
                    list.set(i, e);
                }
                return;
            }
        }
        list.add(e);
    }

    /** True if a stem (as {@link #tokens} gives it) is a word of some lexicon term. */
    public boolean knows(String stem) {
        return vocabulary.contains(stem);
    }

    /** The topics, in lexicon order. */
    public List<Topic> topics() {
        return topics;
    }

    public Optional<Topic> topic(String id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(topics.get(i));
    }

    /** The profile of a text on its own. */
    public TopicProfile profile(String text) {
        return profile(text, Set.of());
    }

    /**
     * The profile of a text whose ambiguous words may also be read in the light of {@code context}, topics the
     * surrounding page is known to be about.
     */
    public TopicProfile profile(String text, Collection<String> context) {
        Builder b = builder();
        b.add(text, 1);
        return b.build(context);
    }

    /** Profiles several texts as one, each with its own weight (an article's title counting more than its body). */
    public Builder builder() {
        return new Builder();
    }

    /** The words of a text as the model matches them: stems, with inflections folded onto lexicon words. */
    public List<Token> tokens(CharSequence text) {
        List<Token> raw = stemmer.tokens(text);
        List<Token> out = new ArrayList<>(raw.size());
        for (Token t : raw) {
            String c = canonical.get(t.stem());
            out.add(c == null ? t : new Token(resolve(canonical, c), t.start(), t.end()));
        }
        return out;
    }

    /** Follows folds to the end ("smokings" to "smoking" to "smoke"). */
    private static String resolve(Map<String, String> canonical, String stem) {
        String s = stem;
        for (int i = 0; i < 4; i++) {
            String next = canonical.get(s);
            if (next == null) {
                return s;
            }
            s = next;
        }
        return s;
    }

    /**
     * One compiled term; {@code cues} is null for an unambiguous term, and {@code cuesByFirst} holds the cues by their
     * first word, so that the words near a term are each looked up once rather than compared with every cue.
     */
    private record Entry(int topic, String term, String[] keys, double weight, List<String[]> cues,
            Map<String, List<String[]>> cuesByFirst) {

        Entry(int topic, String term, String[] keys, double weight, List<String[]> cues) {
            this(topic, term, keys, weight, cues, cues == null ? null : byFirst(cues));
        }

        private static Map<String, List<String[]>> byFirst(List<String[]> cues) {
            Map<String, List<String[]>> out = new HashMap<>();
            for (String[] cue : cues) {
                out.computeIfAbsent(cue[0], k -> new ArrayList<>()).add(cue);
            }
            return out;
        }

        boolean matchesAt(List<Token> tokens, int i) {
            if (i + keys.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < keys.length; k++) {
                if (!keys[k].equals(tokens.get(i + k).stem())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** An ambiguous term found where no cue of its senses was near. */
    private record Pending(List<Entry> senses, String text, double factor) {
    }

    /** Collects term hits over one or more texts, then resolves ambiguous words and scores topics. */
    public final class Builder {

        private final Map<Integer, Map<String, double[]>> counts = new HashMap<>();
        private final Map<String, String> firstText = new HashMap<>();
        private final List<Pending> pending = new ArrayList<>();

        private Builder() {
        }

        /** Adds a text whose terms count {@code factor} times. */
        public Builder add(CharSequence text, double factor) {
            return add(text, tokens(text), factor);
        }

        /** Adds a text already split by {@link TopicModel#tokens}, whose terms count {@code factor} times. */
        public Builder add(CharSequence text, List<Token> tokens, double factor) {
            int i = 0;
            while (i < tokens.size()) {
                List<Entry> list = entries.get(tokens.get(i).stem());
                if (list == null) {
                    i++;
                    continue;
                }
                int len = 0;
                List<Entry> matched = new ArrayList<>(2);
                for (Entry e : list) {
                    if (e.keys.length < len) {
                        break;
                    }
                    if (e.matchesAt(tokens, i)) {
                        len = e.keys.length;
                        matched.add(e);
                    }
                }
                if (matched.isEmpty()) {
                    i++;
                    continue;
                }
                String surface = text.subSequence(tokens.get(i).start(), tokens.get(i + len - 1).end()).toString();
                List<Entry> ambiguous = new ArrayList<>();
                boolean cued = false;
                for (Entry e : matched) {
                    if (e.cues == null) {
                        hit(e, surface, factor);
                    } else {
                        ambiguous.add(e);
                    }
                }
                List<Entry> withCue = new ArrayList<>();
                for (Entry e : ambiguous) {
                    if (cueNear(e, tokens, i, i + len)) {
                        withCue.add(e);
                    }
                }
                for (Entry e : withCue) {
                    hit(e, surface, factor);
                    cued = true;
                }
                // A word some lexicon claims outright ("windows" in home improvement) is not read by context.
                if (!cued && !ambiguous.isEmpty() && ambiguous.size() == matched.size()) {
                    pending.add(new Pending(List.copyOf(ambiguous), surface, factor));
                }
                i += len;
            }
            return this;
        }

        private void hit(Entry e, String surface, double factor) {
            double[] c = counts.computeIfAbsent(e.topic, k -> new LinkedHashMap<>())
                    .computeIfAbsent(e.term, k -> new double[] {0, e.weight});
            c[0] += factor;
            firstText.putIfAbsent(e.topic + "\u0000" + e.term, surface);
        }

        /**
         * Scores the topics. Ambiguous words with no cue near count toward those of their topics that the
         * unambiguous terms found, or {@code context}, are about.
         */
        public TopicProfile build(Collection<String> context) {
            Set<Integer> ctx = new HashSet<>();
            for (String id : context) {
                Integer t = index.get(id);
                if (t != null) {
                    ctx.add(t);
                }
            }
            for (Map.Entry<Integer, Map<String, double[]>> e : counts.entrySet()) {
                if (score(e.getValue()) >= CONTEXT_MIN) {
                    ctx.add(e.getKey());
                }
            }
            for (Pending p : pending) {
                for (Entry e : p.senses) {
                    if (ctx.contains(e.topic)) {
                        hit(e, p.text, p.factor);
                    }
                }
            }
            List<TopicScore> scores = new ArrayList<>();
            for (Map.Entry<Integer, Map<String, double[]>> e : counts.entrySet()) {
                List<TermHit> hits = new ArrayList<>();
                for (Map.Entry<String, double[]> t : e.getValue().entrySet()) {
                    double[] c = t.getValue();
                    hits.add(new TermHit(t.getKey(), firstText.get(e.getKey() + "\u0000" + t.getKey()), c[0],
                            termScore(c)));
                }
                hits.sort(Comparator.comparingDouble(TermHit::score).reversed().thenComparing(TermHit::term));
                scores.add(new TopicScore(topics.get(e.getKey()), score(e.getValue()), hits));
            }
            scores.sort(Comparator.comparingDouble(TopicScore::score).reversed().thenComparing(TopicScore::id));
            return new TopicProfile(scores);
        }
    }

    private static double score(Map<String, double[]> terms) {
        double s = 0;
        for (double[] c : terms.values()) {
            s += termScore(c);
        }
        return s;
    }

    /** A term's weight, times its count up to once, then growing with the log of the count. */
    private static double termScore(double[] c) {
        double n = c[0];
        return c[1] * (n <= 1 ? n : 1 + Math.log(n));
    }

    private static boolean cueNear(Entry e, List<Token> tokens, int start, int end) {
        int from = Math.max(0, start - CUE_WINDOW);
        int to = Math.min(tokens.size(), end + CUE_WINDOW);
        for (int i = from; i < to; i++) {
            List<String[]> cues = e.cuesByFirst.get(tokens.get(i).stem());
            if (cues == null) {
                continue;
            }
            for (String[] cue : cues) {
                if (i + cue.length > to || (i + cue.length > start && i < end)) {
                    continue;
                }
                boolean all = true;
                for (int k = 1; k < cue.length && all; k++) {
                    all = cue[k].equals(tokens.get(i + k).stem());
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }
}
