package dev.copydesk.rule.builtin;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Site;
import dev.copydesk.config.YamlNode;
import dev.copydesk.document.Document;
import dev.copydesk.document.Prose;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;
import dev.copydesk.topic.DocumentTopics;
import dev.copydesk.topic.Lazy;
import dev.copydesk.topic.TermHit;
import dev.copydesk.topic.Token;
import dev.copydesk.topic.Topic;
import dev.copydesk.topic.TopicModel;
import dev.copydesk.topic.TopicProfile;
import dev.copydesk.topic.TopicScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A related link whose subject has nothing to do with the article or the site: lawn care under a ketamine-therapy
 * article. How the judgement is made is told in {@code docs/rules/off-topic-link.md}.
 */
public final class OffTopicLink implements Rule {

    public static final RuleMeta META = new RuleMeta("off-topic-link", Severity.WARNING,
            "A related link is about a subject that has nothing to do with the article or the site.",
            "Off-topic recommendations look careless and send readers away: remove the link or fix what chose it; "
                    + "if the site does cover that subject, add it to site.topics in the config.");

    public static final RuleProvider PROVIDER = new RuleProvider(META, OffTopicLink::create);

    /** How much evidence (the sum of its terms' weights) an item needs for its subject before it is judged. */
    public static final double DEFAULT_THRESHOLD = 3;
    /** An article topic must score at least this, and {@link #ARTICLE_SHARE} of its strongest topic. */
    static final double ARTICLE_MIN = 4;
    static final double ARTICLE_SHARE = 0.25;
    static final int ARTICLE_TOPICS = 4;
    /** An item that scores this share of its off-topic subject on the article's topics is mixed: left alone. */
    static final double MIXED = 0.5;
    /** An item sharing this share of its distinctive words (and at least two) with the article is on-topic. */
    static final double SIMILAR = 0.34;
    /** A region this long whose off-topic items are about this many different subjects is a feed, not a pick. */
    static final int FEED_ITEMS = 10;
    static final int FEED_SUBJECTS = 3;

    private final Supplier<TopicModel> model;
    private final Supplier<Set<String>> commonWords;
    private final double threshold;
    private final List<Pattern> allow;
    private final Set<String> siteTopics;

    private OffTopicLink(Supplier<TopicModel> model, double threshold, List<Pattern> allow, Set<String> siteTopics) {
        this.model = model;
        this.commonWords = new Lazy<>(() -> commonWords(model.get()));
        this.threshold = threshold;
        this.allow = List.copyOf(allow);
        this.siteTopics = Collections.unmodifiableSet(new LinkedHashSet<>(siteTopics));
    }

    private static Rule create(RuleOptions options, RuleEnvironment env) throws ConfigException {
        double threshold = options.number("threshold", DEFAULT_THRESHOLD);
        if (!(threshold > 0)) {
            Optional<YamlNode> n = options.node("threshold");
            throw new ConfigException(n.orElseThrow().location(), "threshold must be above 0, not " + threshold);
        }
        List<Pattern> allow = new ArrayList<>();
        Optional<YamlNode> allowNode = options.node("allow");
        if (allowNode.isPresent()) {
            List<YamlNode> items = allowNode.get() instanceof dev.copydesk.config.YamlList l ? l.items()
                    : List.of(allowNode.get());
            for (YamlNode item : items) {
                String regex = item.asScalar("each pattern of allow").asString("a pattern");
                try {
                    allow.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    throw new ConfigException(item.location(), "bad regular expression in allow: "
                            + e.getDescription());
                }
            }
        }
        Site site = env.site();
        Supplier<TopicModel> model = env.topics().model(site.lexicons());
        Set<String> known = env.topics().ids(site.lexicons());
        for (Site.Topic t : site.topics()) {
            if (!known.contains(t.id())) {
                throw new ConfigException(t.location(), "unknown topic \"" + t.id() + "\" in site.topics (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return new OffTopicLink(model, threshold, allow, new LinkedHashSet<>(site.topicIds()));
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<RelatedLinks> regions = document.relatedLinks();
        if (regions.isEmpty()) {
            return;
        }
        TopicModel m = model.get();
        if (!anyItemSaysItsSubject(document, regions, m)) {
            return; // no item has the evidence to be judged, whatever the article is about
        }
        List<DocumentTopics.Part> parts = DocumentTopics.parts(document);
        List<List<Token>> partTokens = new ArrayList<>(parts.size());
        TopicModel.Builder b = m.builder();
        for (DocumentTopics.Part p : parts) {
            List<Token> tokens = m.tokens(p.text());
            partTokens.add(tokens);
            b.add(p.text(), tokens, p.weight());
        }
        TopicProfile article = b.build(siteTopics);
        List<TopicScore> main = article.main(ARTICLE_MIN, ARTICLE_SHARE, ARTICLE_TOPICS);
        Set<String> onTopic = new LinkedHashSet<>();
        main.forEach(s -> onTopic.add(s.id()));
        onTopic.addAll(siteTopics);
        for (String id : List.copyOf(onTopic)) {
            m.topic(id).ifPresent(t -> onTopic.addAll(t.related()));
        }
        if (onTopic.isEmpty()) {
            return; // the article's subject is unknown: nothing to judge against
        }
        Set<String> common = commonWords.get();
        Set<String> vocabulary = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int k = 0; k < parts.size(); k++) {
            DocumentTopics.Part p = parts.get(k);
            List<Token> tokens = partTokens.get(k);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                vocabulary.add(t.stem());
                if (p.weight() == DocumentTopics.BODY && isName(p.text(), t) && !common.contains(t.stem())
                        && !m.knows(t.stem())) {
                    names.add(t.stem());
                }
            }
        }
        Article a = new Article(main, onTopic, vocabulary, names);
        for (RelatedLinks region : regions) {
            if (makesNoClaim(document, region)) {
                continue; // popularity lists, ads, section stacks and "more from" lists are not about the article
            }
            List<Finding> found = new ArrayList<>();
            Set<String> subjects = new HashSet<>();
            for (RelatedItem item : region.items()) {
                Optional<Finding> f = judge(item, m, a);
                if (f.isPresent()) {
                    found.add(f.get());
                    subjects.add(String.valueOf(((Map<?, ?>) ((List<?>) f.get().data().get("itemTopics")).get(0))
                            .get("id")));
                }
            }
            // When most items are off the article's subject, or a long list wanders over many subjects, the region
            // follows something else (the site's whole output, a reader's history) or the article's subject was
            // misread: either way there is no outlier to report.
            boolean feed = region.items().size() >= FEED_ITEMS && subjects.size() >= FEED_SUBJECTS;
            if (found.size() * 2 <= region.items().size() && !feed) {
                found.forEach(context::report);
            }
        }
    }

    /** Region headings that promise popular, recent or paid links, not links about the article. */
    private static final Pattern SITE_WIDE_HEADING = Pattern.compile(
            "(?:most\\s+)?(?:popular|read|viewed|shared|watched|emailed)(?:\\s+(?:now|today|this\\s+week|stories|"
                    + "articles|posts|on\\s+.*))?|trending.*|top\\s+stories|editor'?s'?\\s+picks|don'?t\\s+miss"
                    + "|(?:around|from)\\s+the\\s+web|sponsored.*|promoted.*|paid\\s+(?:content|post).*|partner.*"
                    + "|advertisement|ads?\\s+by.*"
                    + "|(?:our\\s+)?(?:latest|recent|recently|newest|fresh)\\b.*|featured.*|top\\s+(?:reads|stories)\\b.*"
                    + "|(?:people|readers)\\s+(?:also\\s+)?(?:like|liked|read|viewed|enjoyed)\\b.*",
            Pattern.CASE_INSENSITIVE);

    /** Class and id names of popularity and advertising widgets, found in the region's opening tag. */
    private static final Pattern SITE_WIDE_CLASS = Pattern.compile(
            "taboola|outbrain|trc_|ob-widget|sponsor|promoted|popular|trending|most-?read|most_read|mostread"
                    + "|most-?viewed|zergnet|revcontent",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:.!…»›→>]+$");

    /**
     * Headings by which a region claims its links are about the article: "Related articles", "You may also like",
     * "Read next", "More on this topic", "See also", in English and the languages most met on the web. "More from
     * Health", "Latest", "Most read", "Elsewhere on the BBC" make no such claim.
     */
    private static final Pattern RELATED_CLAIM = Pattern.compile("(?:related|similar)(?:\\s+\\S+){0,3}"
            + "|(?:more\\s+)?(?:similar|related)\\s+.*|you\\s+(?:may|might|will|would)\\s+(?:also\\s+)?(?:like|love|enjoy"
            + "|be\\s+interested).*|(?:also\\s+)?read\\s+(?:this\\s+)?next|what\\s+to\\s+read\\s+next|up\\s+next"
            + "|keep\\s+reading|continue\\s+reading|read\\s+more\\s+(?:on|about)\\s+(?:this|the)\\s+.*"
            + "|more\\s+(?:on|about)\\s+(?:this|the)\\s+(?:topic|subject|story|issue|case)|more\\s+like\\s+this"
            + "|(?:we\\s+)?recommend(?:ed|s)?(?:\\s+(?:for\\s+you|reading|articles|stories|posts|content|guides))?"
            + "|see\\s+also|further\\s+reading|if\\s+you\\s+(?:liked|enjoyed)\\s+this.*|(?:more\\s+)?in\\s+this\\s+series"
            // Spanish, Portuguese, French, German, Italian, Dutch, Polish, Czech, Turkish, Indonesian, Russian, CJK
            + "|.*relacionad[ao]s.*|(?:veja|leia|lea|lee)\\s+(?:também|tambem|también)|(?:você|voce)\\s+(?:também\\s+)?pode"
            + "\\s+gostar.*|(?:también\\s+)?te\\s+puede\\s+interesar|(?:à\\s+|a\\s+)?lire\\s+aussi|sur\\s+le\\s+même"
            + "\\s+(?:sujet|thème)|(?:articles?|contenus?)\\s+(?:similaires|liés|connexes)|das\\s+könnte\\s+sie\\s+(?:auch\\s+)?"
            + "interessieren|mehr\\s+zum\\s+thema|lesen\\s+sie\\s+auch|(?:ähnliche|verwandte)\\s+\\S+|leggi\\s+anche"
            + "|articoli\\s+correlati|notizie\\s+correlate|lees\\s+ook|gerelateerde\\s+\\S+|czytaj\\s+(?:też|także|również)"
            + "|powiązane\\s+\\S+|související\\s+\\S+|ilgili\\s+\\S+|baca\\s+juga|\\S+\\s+terkait|материалы\\s+по\\s+теме"
            + "|читайте\\s+также|по\\s+теме|похожие\\s+\\S+|相关.*|相關.*|延伸阅读|関連.*|관련\\s?기사",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Class and id names by which a region claims to be related ({@code related-posts}, {@code yarpp}). */
    private static final Pattern RELATED_CLASS = Pattern.compile(
            "related|yarpp|you-?may-?(?:also-?)?like|read-?next|recommended|jp-relatedposts|crp_related|rp4wp",
            Pattern.CASE_INSENSITIVE);

    /**
     * True for a region that makes no claim to be about the article, whose links are not judged: one known by its
     * shape (a section's stack of stories), a popularity list, an ad or a sponsored widget, and any region whose
     * heading and class do not say it is related. A region with no heading claims it by a related class or, in
     * plain text and Markdown, by standing after the article's end.
     */
    private static boolean makesNoClaim(Document document, RelatedLinks region) {
        if (region.basis() == RelatedLinks.Basis.SHAPE) {
            return true;
        }
        String tag = openingTag(document, region);
        if (!tag.isEmpty() && SITE_WIDE_CLASS.matcher(tag).find()) {
            return true;
        }
        String heading = TRAILING_MARKS.matcher(region.heading().text().strip()).replaceAll("");
        if (!heading.isEmpty() && SITE_WIDE_HEADING.matcher(heading).matches()) {
            return true;
        }
        boolean relatedClass = !tag.isEmpty() && RELATED_CLASS.matcher(tag).find();
        if (heading.isEmpty()) {
            return !tag.isEmpty() && !relatedClass;
        }
        return !relatedClass && !RELATED_CLAIM.matcher(heading).matches();
    }

    /** The HTML opening tag the region starts with, or {@code ""} (a region of plain text or Markdown). */
    private static String openingTag(Document document, RelatedLinks region) {
        String source = document.source().text();
        int start = region.span().start();
        if (start < source.length() && source.charAt(start) == '<') {
            int end = source.indexOf('>', start);
            if (end > start && end - start < 2000) {
                return source.substring(start, end);
            }
        }
        return "";
    }



    /** What the items are judged against. */
    private record Article(List<TopicScore> main, Set<String> onTopic, Set<String> vocabulary, Set<String> names) {
    }

    /**
     * A capitalised word of four letters or more inside a sentence, or possessive at its start: a name such as
     * "Riverside" or "Lisbon".
     */
    private static boolean isName(String text, Token t) {
        if (t.end() - t.start() < 4 || !Character.isUpperCase(text.charAt(t.start()))) {
            return false;
        }
        String word = text.substring(t.start(), t.end());
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return true;
        }
        int k = t.start() - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && ".!?:;\"“‘'(…".indexOf(text.charAt(k)) < 0;
    }

    /**
     * True if some item of a region that is judged may have the evidence {@link #judge} asks for. Each is profiled
     * with every topic as context, which counts every sense of its ambiguous words: no context gives a higher score,
     * so an item below the threshold here is below it in {@link #judge}, and the article need not be profiled.
     */
    private boolean anyItemSaysItsSubject(Document document, List<RelatedLinks> regions, TopicModel m) {
        List<String> everyTopic = m.topics().stream().map(Topic::id).toList();
        for (RelatedLinks region : regions) {
            if (makesNoClaim(document, region)) {
                continue;
            }
            for (RelatedItem item : region.items()) {
                Optional<TopicScore> top = m.profile(item.text(), everyTopic).top();
                if (top.isPresent() && top.get().score() >= threshold) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<Finding> judge(RelatedItem item, TopicModel m, Article article) {
        Set<String> onTopic = article.onTopic();
        String text = item.text();
        for (Pattern p : allow) {
            if (p.matcher(text).find() || (!item.target().isEmpty() && p.matcher(item.target()).find())) {
                return Optional.empty();
            }
        }
        TopicProfile profile = m.profile(text, onTopic);
        Optional<TopicScore> top = profile.top();
        if (top.isEmpty() || top.get().score() < threshold) {
            return Optional.empty(); // too little evidence to tell the item's subject
        }
        if (onTopic.contains(top.get().id())) {
            return Optional.empty();
        }
        double on = 0;
        for (TopicScore s : profile.scores()) {
            if (onTopic.contains(s.id())) {
                on += s.score();
            }
        }
        if (on >= MIXED * top.get().score()) {
            return Optional.empty(); // partly about the article's subject
        }
        List<Token> tokens = m.tokens(text);
        if (tokens.stream().anyMatch(t -> article.names().contains(t.stem()))) {
            return Optional.empty(); // names a place, person or thing the article names: the same beat
        }
        double similarity = similarity(tokens, article.vocabulary());
        if (similarity >= SIMILAR) {
            return Optional.empty(); // shares the article's own words
        }
        Prose quoted = item.title().isEmpty() ? item.teaser() : item.title();
        String message = "Related link \"" + Quoting.head(quoted.text()) + "\" is about " + top.get().label() + " ("
                + String.join(", ", top.get().topTerms(3)) + "); " + articleSide(article.main()) + ".";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("itemTopics", topics(profile.scores().stream().limit(3).toList()));
        data.put("articleTopics", topics(article.main()));
        data.put("onTopic", List.copyOf(new TreeSet<>(onTopic)));
        data.put("similarity", Math.round(similarity * 100) / 100.0);
        return Optional.of(new Finding(quoted.sourceSpan(), message, List.of(), data));
    }

    private String articleSide(List<TopicScore> main) {
        if (main.isEmpty()) {
            return "the site covers " + joinLabels(siteTopics.stream().map(id -> id.replace('-', ' ')).toList());
        }
        Set<String> terms = new LinkedHashSet<>();
        List<TermHit> hits = new ArrayList<>();
        main.forEach(s -> hits.addAll(s.terms()));
        hits.sort((x, y) -> Double.compare(y.score(), x.score()));
        for (TermHit h : hits) {
            if (terms.size() < 3) {
                terms.add(h.term());
            }
        }
        List<String> labels = main.stream().limit(2).map(TopicScore::label).toList();
        return "the article is about " + joinLabels(labels) + " (" + String.join(", ", terms) + ")";
    }

    /** "a and b", or "a, and b and c" when a label has an "and" of its own. */
    private static String joinLabels(List<String> labels) {
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        boolean inner = labels.stream().anyMatch(l -> l.contains(" and "));
        return String.join(", ", labels.subList(0, labels.size() - 1)) + (inner ? ", and " : " and ")
                + labels.get(labels.size() - 1);
    }

    /** The share of the item's distinctive words that the article also uses (0 with fewer than two shared). */
    private double similarity(List<Token> tokens, Set<String> vocabulary) {
        Set<String> common = commonWords.get();
        Set<String> words = new HashSet<>();
        for (Token t : tokens) {
            String s = t.stem();
            if (s.length() > 2 && !common.contains(s) && !Character.isDigit(s.charAt(0))) {
                words.add(s);
            }
        }
        int shared = 0;
        for (String w : words) {
            if (vocabulary.contains(w)) {
                shared++;
            }
        }
        return shared < 2 ? 0 : (double) shared / words.size();
    }

    private static List<Map<String, Object>> topics(List<TopicScore> scores) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TopicScore s : scores) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", s.id());
            t.put("label", s.label());
            t.put("score", Math.round(s.score() * 100) / 100.0);
            t.put("terms", s.topTerms(5));
            out.add(t);
        }
        return out;
    }

    /** The common words, by stem as the topic model reads them. */
    private static Set<String> commonWords(TopicModel m) {
        try (InputStream in = OffTopicLink.class.getResourceAsStream("/copydesk/topic/common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /copydesk/topic/common-words.txt");
            }
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                    m.tokens(w).forEach(t -> out.add(t.stem()));
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
