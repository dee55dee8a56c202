package dev.copydesk.config;

import dev.copydesk.rule.Severity;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a {@code .copydesk.yaml}. Every mistake (bad YAML, an unknown key, a value of the wrong type) is a
 * {@link ConfigException} at its line and column. Whether rule ids and options exist is checked later, when the
 * rules are built.
 *
 * <pre>
 * rules:
 *   stale-year: off                  # or: error | warning | info | on
 *   vague-link-text:
 *     severity: error
 *     phrases: ["see more"]          # any other key is a rule option
 * include: ["**&#47;*.md"]
 * exclude: ["drafts/**"]
 * overrides:
 *   - files: ["news/**"]
 *     rules: {stale-year: error}
 *   - files: ["garden/**"]
 *     site: {topics: [gardening]}    # replaces the site's topics (or lexicons) for these files
 * site:
 *   topics: [mental-health]          # topics the site covers (see copydesk explain off-topic-link)
 *   lexicons: [topics]               # folders of the site's own topic lexicons, relative to this file
 * packs: ["style-rules"]             # folders of YAML rules, relative to this file
 * grammar:                           # or: grammar: off
 *   language: en-GB
 *   enabledCategories: [GRAMMAR, TYPOS]
 *   disabledRules: [EN_A_VS_AN]
 * vocabulary:
 *   accept: [SubstanceAbuseAction]
 *   reject: ["e-mail -> email"]
 *   files: [style/vocabulary.txt]    # more terms, one a line (see Vocabulary)
 * </pre>
 */
public final class ConfigLoader {

    private static final List<String> TOP_KEYS = List.of("rules", "include", "exclude", "overrides", "site",
            "packs", "grammar", "vocabulary");
    private static final List<String> SITE_KEYS = List.of("topics", "lexicons");
    private static final List<String> OVERRIDE_KEYS = List.of("files", "rules", "site");
    private static final List<String> GRAMMAR_KEYS = List.of("enabled", "language", "enabledCategories",
            "disabledRules", "enabledRules", "maxCharacters");
    private static final List<String> VOCABULARY_KEYS = List.of("accept", "reject", "files");
    private static final Pattern LANGUAGETOOL_RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    private ConfigLoader() {
    }

    /** Loads a config file; {@code displayPath} is how errors name it. */
    public static Config load(Path file, String displayPath) throws InputException {
        SourceFile source = SourceFile.read(file, displayPath);
        Path dir = file.toAbsolutePath().normalize().getParent();
        return parse(source.text(), displayPath, file, dir);
    }

    /** Parses config text. */
    public static Config parse(String text, String displayPath, Path file, Path directory) throws ConfigException {
        YamlNode root = YamlReader.read(displayPath, text);
        YamlMap map = root.asMap("the config file");
        map.checkKeys("the config file", TOP_KEYS);
        Map<String, RuleSetting> rules = rules(map);
        List<ConfigOverride> overrides = new ArrayList<>();
        Optional<YamlNode> ov = map.get("overrides");
        if (ov.isPresent()) {
            if (!(ov.get() instanceof YamlList list)) {
                throw new ConfigException(ov.get().location(), "overrides must be a list, not " + ov.get().kind());
            }
            for (YamlNode item : list.items()) {
                YamlMap o = item.asMap("each override");
                o.checkKeys("an override", OVERRIDE_KEYS);
                List<String> files = o.strings("files");
                if (files.isEmpty()) {
                    throw new ConfigException(o.location(), "an override needs files: a list of globs");
                }
                Optional<Site> site = o.get("site").isPresent() ? Optional.of(site(o, displayPath, directory))
                        : Optional.empty();
                overrides.add(new ConfigOverride(o.location(), files, rules(o), site));
            }
        }
        return new Config(Optional.ofNullable(file), directory, rules, map.strings("include"), map.strings("exclude"),
                overrides, site(map, displayPath, directory), packs(map, displayPath, directory), grammar(map),
                vocabulary(map, displayPath, directory));
    }

    private static GrammarSettings grammar(YamlMap parent) throws ConfigException {
        Optional<YamlNode> node = parent.get("grammar");
        if (node.isEmpty()) {
            return GrammarSettings.DEFAULT;
        }
        if (node.get() instanceof YamlScalar s) {
            return GrammarSettings.DEFAULT.withEnabled(s.asBoolean("grammar"));
        }
        YamlMap m = node.get().asMap("grammar");
        m.checkKeys("grammar", GRAMMAR_KEYS);
        String language = GrammarSettings.DEFAULT.language();
        Optional<YamlNode> lang = m.get("language");
        if (lang.isPresent()) {
            YamlScalar s = lang.get().asScalar("grammar language");
            language = s.asString("grammar language").trim();
            if (!GrammarSettings.LANGUAGES.containsKey(language)) {
                throw new ConfigException(s.location(), "grammar language must be one of "
                        + String.join(", ", GrammarSettings.LANGUAGES.keySet()) + ", not \"" + s.value() + "\"");
            }
        }
        List<String> categories = new ArrayList<>();
        for (YamlScalar s : scalars(m, "enabledCategories")) {
            String id = s.asString("a category").trim().toUpperCase(Locale.ROOT);
            if (!GrammarSettings.CATEGORIES.containsKey(id)) {
                throw new ConfigException(s.location(), "unknown LanguageTool category \"" + s.value()
                        + "\" (known: " + String.join(", ", GrammarSettings.CATEGORIES.keySet()) + ")");
            }
            categories.add(id);
        }
        int max = m.integer("maxCharacters").orElse(GrammarSettings.DEFAULT_MAX_CHARACTERS);
        if (max < 1) {
            throw new ConfigException(m.get("maxCharacters").orElseThrow().location(),
                    "grammar maxCharacters must be a positive number of characters");
        }
        return GrammarSettings.of(m.bool("enabled").orElse(true), language, categories,
                ruleIds(m, "disabledRules"), ruleIds(m, "enabledRules"), max);
    }

    private static List<String> ruleIds(YamlMap m, String key) throws ConfigException {
        List<String> out = new ArrayList<>();
        for (YamlScalar s : scalars(m, key)) {
            String id = s.asString("a rule id").trim();
            if (!LANGUAGETOOL_RULE_ID.matcher(id).matches()) {
                throw new ConfigException(s.location(), "\"" + s.value() + "\" is not a LanguageTool rule id "
                        + "(upper case, like EN_A_VS_AN)");
            }
            out.add(id);
        }
        return out;
    }

    private static Vocabulary vocabulary(YamlMap parent, String displayPath, Path directory)
            throws ConfigException {
        Optional<YamlMap> node = parent.map("vocabulary");
        if (node.isEmpty()) {
            return Vocabulary.EMPTY;
        }
        YamlMap m = node.get();
        m.checkKeys("vocabulary", VOCABULARY_KEYS);
        List<String> accept = new ArrayList<>();
        for (YamlScalar s : scalars(m, "accept")) {
            accept.add(Vocabulary.term(s.asString("a term"), s.location()));
        }
        List<Vocabulary.Rejected> reject = new ArrayList<>();
        for (YamlScalar s : scalars(m, "reject")) {
            reject.add(Vocabulary.rejected(s.asString("a term"), s.location()));
        }
        Vocabulary v = new Vocabulary(accept, reject);
        for (YamlScalar s : scalars(m, "files")) {
            String name = s.asString("a vocabulary file");
            Path file = directory.resolve(name).normalize();
            String display = Path.of(displayPath).resolveSibling(name).normalize().toString().replace('\\', '/');
            String text;
            try {
                text = SourceFile.read(file, display).text();
            } catch (InputException e) {
                throw new ConfigException(s.location(), "cannot read vocabulary file " + name + ": "
                        + e.getMessage());
            }
            v = v.plus(Vocabulary.parse(text, display));
        }
        return v;
    }

    /** The values of a list (or single value) as scalars, to report each at its own location. */
    private static List<YamlScalar> scalars(YamlMap m, String key) throws ConfigException {
        Optional<YamlNode> n = m.get(key);
        if (n.isEmpty()) {
            return List.of();
        }
        List<YamlScalar> out = new ArrayList<>();
        if (n.get() instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                out.add(item.asScalar("each item of " + key));
            }
        } else {
            out.add(n.get().asScalar(key));
        }
        return out;
    }

    /** The {@code site} section; topic ids are checked when the rules that use them are built. */
    private static Site site(YamlMap map, String displayPath, Path directory) throws ConfigException {
        Optional<YamlMap> site = map.map("site");
        if (site.isEmpty()) {
            return Site.NONE;
        }
        YamlMap s = site.get();
        s.checkKeys("site", SITE_KEYS);
        List<Site.Topic> topics = new ArrayList<>();
        for (YamlNode item : items(s, "topics")) {
            String id = item.asScalar("each topic of site.topics").asString("a topic").trim();
            topics.add(new Site.Topic(id, item.location()));
        }
        List<Site.Folder> folders = new ArrayList<>();
        int slash = displayPath.lastIndexOf('/');
        String prefix = slash < 0 ? "" : displayPath.substring(0, slash + 1);
        for (YamlNode item : items(s, "lexicons")) {
            String name = item.asScalar("each folder of site.lexicons").asString("a folder").trim();
            Path folder = directory.resolve(name).normalize();
            if (!Files.isDirectory(folder)) {
                throw new ConfigException(item.location(), "topic lexicons folder \"" + name + "\" not found (folders "
                        + "are relative to this file)");
            }
            folders.add(new Site.Folder(folder, prefix + name, item.location()));
        }
        return new Site(topics, folders);
    }

    /** The items of a list key, a single value counting as a list of one. */
    private static List<YamlNode> items(YamlMap map, String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        return node.get() instanceof YamlList l ? l.items() : List.of(node.get());
    }

    /** The {@code packs} folders, which must exist; each is named in messages relative to the config file. */
    private static List<RuleFolder> packs(YamlMap map, String displayPath, Path directory) throws ConfigException {
        List<RuleFolder> out = new ArrayList<>();
        int slash = displayPath.lastIndexOf('/');
        String prefix = slash < 0 ? "" : displayPath.substring(0, slash + 1);
        for (YamlNode item : items(map, "packs")) {
            String name = item.asScalar("each folder of packs").asString("packs").trim();
            Path folder = directory.resolve(name).normalize();
            if (!Files.isDirectory(folder)) {
                throw new ConfigException(item.location(), "rules folder \"" + name + "\" not found (packs are "
                        + "folders relative to this file)");
            }
            out.add(new RuleFolder(folder, prefix + name));
        }
        return out;
    }

    private static Map<String, RuleSetting> rules(YamlMap parent) throws ConfigException {
        Map<String, RuleSetting> out = new LinkedHashMap<>();
        Optional<YamlMap> rules = parent.map("rules");
        if (rules.isEmpty()) {
            return out;
        }
        for (YamlMap.Entry e : rules.get().all()) {
            out.put(e.key(), setting(e));
        }
        return out;
    }

    private static RuleSetting setting(YamlMap.Entry e) throws ConfigException {
        YamlNode v = e.value();
        Location loc = e.keyLocation();
        YamlMap noOptions = new YamlMap(v.location(), Map.of());
        if (v instanceof YamlScalar s) {
            String word = s.asString("the setting of rule " + e.key()).trim().toLowerCase(Locale.ROOT);
            switch (word) {
                case "off", "false", "no", "disable", "disabled":
                    return new RuleSetting(loc, Optional.of(false), Optional.empty(), noOptions);
                case "on", "true", "yes", "enable", "enabled":
                    return new RuleSetting(loc, Optional.of(true), Optional.empty(), noOptions);
                default:
                    Severity sev = Severity.parse(word).orElseThrow(() -> new ConfigException(s.location(),
                            "rule " + e.key() + " must be off, on, error, warning, info or a mapping, not \""
                                    + s.value() + "\""));
                    return new RuleSetting(loc, Optional.of(true), Optional.of(sev), noOptions);
            }
        }
        YamlMap m = v.asMap("the setting of rule " + e.key());
        Optional<Boolean> enabled = m.bool("enabled");
        Optional<Severity> severity = Optional.empty();
        Optional<YamlNode> sevNode = m.get("severity");
        if (sevNode.isPresent()) {
            YamlScalar s = sevNode.get().asScalar("severity");
            severity = Optional.of(Severity.parse(s.asString("severity")).orElseThrow(() -> new ConfigException(
                    s.location(), "severity must be error, warning or info, not \"" + s.value() + "\"")));
        }
        Map<String, YamlMap.Entry> options = new LinkedHashMap<>(m.entries());
        options.remove("enabled");
        options.remove("severity");
        return new RuleSetting(loc, enabled, severity, new YamlMap(m.location(), options));
    }
}
