package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Location;
import dev.copydesk.config.YamlList;
import dev.copydesk.config.YamlMap;
import dev.copydesk.config.YamlNode;
import dev.copydesk.config.YamlReader;
import dev.copydesk.config.YamlScalar;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one rule file. The rule's id is the file name without {@code .yaml}; the file is a mapping with a
 * {@code kind} and that kind's keys. Every mistake (bad YAML, an unknown key, a bad value, a pattern that does not
 * compile) is a {@link ConfigException} at its line and column.
 *
 * <p>Reading checks and builds the whole rule; it is built again for a config that sets options for it, or when its
 * conditions name topics (bound to the config's lexicons). Options a user sets for the rule in {@code .copydesk.yaml} replace the rule's own keys
 * of the same name ({@code max: 10} for a metric, say), and the result is checked again: a mistake there is reported
 * at its place in the config file. {@code kind} and {@code level} cannot be replaced ({@code severity} sets the
 * level). Topic ids in conditions are checked against the lexicons then.
 */
public final class RuleReader {

    /** How long one regular expression may run on one text, plus a millisecond per thousand characters. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(1);

    private final Duration budget;

    public RuleReader() {
        this(DEFAULT_BUDGET);
    }

    public RuleReader(Duration budget) {
        this.budget = budget;
    }

    /** The rule id a file name stands for, or empty if it is not a rule file name. */
    public static Optional<String> idOf(String fileName) {
        for (String ext : List.of(".yaml", ".yml")) {
            if (fileName.endsWith(ext)) {
                return Optional.of(fileName.substring(0, fileName.length() - ext.length()));
            }
        }
        return Optional.empty();
    }

    /** Reads a rule file; {@code path} names it in errors and in {@code copydesk explain}. */
    public YamlRuleDefinition read(String id, String path, String text, boolean builtin) throws ConfigException {
        if (!RuleMeta.isValidId(id)) {
            throw new ConfigException(new Location(path, 1, 1), "\"" + id + "\" is not a valid rule id: name the "
                    + "file in kebab-case, like my-rule.yaml");
        }
        YamlMap map = YamlReader.read(path, text).asMap("a rule file");
        RuleKind kind = kind(map);
        map.checkKeys("a" + (kind == RuleKind.EXISTENCE ? "n " : " ") + kind.id() + " rule", kind.allKeys());
        Keys k = new Keys(map);
        Severity level = level(k);
        String description = oneLine(k.required("description", "a rule"));
        Optional<String> link = k.string("link").map(String::trim);
        String help = k.string("help").map(RuleReader::oneLine).orElse(description)
                + link.map(l -> " See " + l + ".").orElse("");
        RuleMeta meta = new RuleMeta(id, level, description, help);
        YamlRule checked = build(meta, kind, map, null);
        boolean topics = usesTopics(map.get("when")) || usesTopics(map.get("unless"));
        RuleProvider provider = new RuleProvider(meta, (options, env) -> options.raw().entries().isEmpty() && !topics
                ? checked : withOptions(meta, kind, map, options, env));
        return new YamlRuleDefinition(meta, kind.id(), path, text, link, builtin, provider);
    }

    /** True if conditions name topics, which must be bound to a config's lexicons. */
    private static boolean usesTopics(Optional<YamlNode> node) {
        if (node.isEmpty()) {
            return false;
        }
        if (node.get() instanceof YamlList l) {
            return l.items().stream().anyMatch(i -> usesTopics(Optional.of(i)));
        }
        if (node.get() instanceof YamlMap m) {
            return m.get("topic").isPresent() || usesTopics(m.get("any"));
        }
        return false;
    }

    /** Builds the rule for a config: its options replace the file's keys, its topic lexicons are bound. */
    private Rule withOptions(RuleMeta meta, RuleKind kind, YamlMap map, RuleOptions options, RuleEnvironment env)
            throws ConfigException {
        YamlMap overrides = options.raw();
        Map<String, YamlMap.Entry> merged = new LinkedHashMap<>(map.entries());
        for (YamlMap.Entry e : overrides.all()) {
            if (e.key().equals("kind") || e.key().equals("level")) {
                throw new ConfigException(e.keyLocation(), "the " + e.key() + " of rule " + meta.id()
                        + " cannot be changed here" + (e.key().equals("level") ? " (use severity)" : ""));
            }
            if (!kind.allKeys().contains(e.key())) {
                throw new ConfigException(e.keyLocation(), "unknown option \"" + e.key() + "\" for rule "
                        + meta.id() + " (a " + kind.id() + " rule takes: "
                        + String.join(", ", kind.allKeys().subList(2, kind.allKeys().size())) + ")");
            }
            merged.put(e.key(), e);
        }
        return build(meta, kind, new YamlMap(map.location(), merged), Topics.of(env));
    }

    /** Builds a rule; {@code topics} is null when the file is only being read and checked. */
    private YamlRule build(RuleMeta meta, RuleKind kind, YamlMap map, Topics topics) throws ConfigException {
        Keys k = new Keys(map);
        Location messageAt = map.get("message").map(YamlNode::location).orElse(map.location());
        Template message = Template.of(k.required("message", "a rule"), messageAt, kind == RuleKind.SUBSTITUTION);
        PatternSet exceptions = null;
        if (k.has("exceptions")) {
            exceptions = new PatternSet(Matching.terms(k.list("exceptions"), k.bool("ignorecase", true),
                    k.bool("wordboundaries", true)), null);
        }
        List<Condition> when = k.has("when") ? Condition.readAll(map.get("when").get(), topics) : List.of();
        List<Condition> unless = k.has("unless") ? Condition.readAll(map.get("unless").get(), topics) : List.of();
        return kind.read(k, new Common(meta, message, exceptions, when, unless, new TimeLimit(budget)));
    }

    private static RuleKind kind(YamlMap map) throws ConfigException {
        Optional<YamlNode> node = map.get("kind");
        if (node.isEmpty()) {
            throw new ConfigException(map.location(), "a rule needs kind: one of " + RuleKind.ids());
        }
        YamlScalar s = node.get().asScalar("kind");
        RuleKind kind = RuleKind.parse(s.asString("kind"));
        if (kind == null) {
            throw new ConfigException(s.location(), "kind must be one of " + RuleKind.ids() + ", not \"" + s.value()
                    + "\"");
        }
        return kind;
    }

    private static Severity level(Keys k) throws ConfigException {
        Optional<YamlNode> node = k.node("level");
        if (node.isEmpty()) {
            throw new ConfigException(k.map().location(), "a rule needs level: error, warning or info");
        }
        YamlScalar s = node.get().asScalar("level");
        return Severity.parse(s.asString("level")).orElseThrow(() -> new ConfigException(s.location(),
                "level must be error, warning or info, not \"" + s.value() + "\""));
    }

    private static String oneLine(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
