package dev.copydesk.engine;

import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigException;
import dev.copydesk.config.RuleFolder;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.rule.builtin.BuiltinRules;
import dev.copydesk.rule.yaml.RulePacks;
import dev.copydesk.rule.yaml.RuleReader;
import dev.copydesk.rule.yaml.YamlRuleDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every rule a run knows, for each config: the rules shipped with Copydesk (Java rules and the packs in
 * {@code rules/}), then the YAML rules of the config's {@code packs} folders, then those of the {@code --rules}
 * folders. A later rule with the same id replaces the earlier one. Each folder is read once per run.
 */
public final class RuleCatalog {

    /** A registry, or the error that stopped one of its folders from loading. */
    private record Loaded(RuleRegistry registry, Map<String, YamlRuleDefinition> yaml, ConfigException error) {
    }

    private final RuleReader reader;
    private final List<RuleProvider> shipped;
    private final List<YamlRuleDefinition> shippedYaml;
    private final List<YamlRuleDefinition> extra;
    private final Loaded base;
    private final Map<List<RuleFolder>, Loaded> byPacks = new ConcurrentHashMap<>();
    private final Map<RuleFolder, Object> folders = new ConcurrentHashMap<>();

    private RuleCatalog(RuleReader reader, List<YamlRuleDefinition> extra) {
        this.reader = reader;
        this.shipped = BuiltinRules.providers();
        this.shippedYaml = RulePacks.shipped();
        this.extra = extra;
        this.base = build(List.of());
    }

    /** The shipped rules and those of the {@code --rules} folders, whose mistakes are errors here. */
    public static RuleCatalog load(List<RuleFolder> commandLineFolders, RuleReader reader) throws ConfigException {
        List<YamlRuleDefinition> extra = new ArrayList<>();
        for (RuleFolder f : commandLineFolders) {
            extra.addAll(RulePacks.load(f.path(), f.display(), reader));
        }
        return new RuleCatalog(reader, List.copyOf(extra));
    }

    /** The rules for files without packs in their config. */
    public RuleRegistry base() {
        return base.registry;
    }

    /** The rules for files governed by {@code config}, or the error in one of its packs. */
    public RuleRegistry forConfig(Config config) throws ConfigException {
        Loaded l = loaded(config);
        if (l.error != null) {
            throw l.error;
        }
        return l.registry;
    }

    /**
     * The metadata of every rule known so far in the run: the base rules, then those of each config's packs that
     * were loaded (the first definition of an id wins), in id order.
     */
    public List<RuleMeta> knownRules() {
        Map<String, RuleMeta> byId = new TreeMap<>();
        base.registry.all().forEach(p -> byId.putIfAbsent(p.meta().id(), p.meta()));
        for (Loaded l : byPacks.values()) {
            if (l.registry != null) {
                l.registry.all().forEach(p -> byId.putIfAbsent(p.meta().id(), p.meta()));
            }
        }
        return List.copyOf(byId.values());
    }

    /** The YAML definition of a rule, as it applies under {@code config}; empty for Java rules. */
    public Optional<YamlRuleDefinition> definition(Config config, String id) throws ConfigException {
        Loaded l = loaded(config);
        if (l.error != null) {
            throw l.error;
        }
        return Optional.ofNullable(l.yaml.get(id));
    }

    private Loaded loaded(Config config) {
        return config.packs().isEmpty() ? base : byPacks.computeIfAbsent(config.packs(), this::build);
    }

    private Loaded build(List<RuleFolder> packs) {
        List<YamlRuleDefinition> over = new ArrayList<>();
        try {
            for (RuleFolder f : packs) {
                over.addAll(folder(f));
            }
        } catch (ConfigException e) {
            return new Loaded(null, Map.of(), e);
        }
        over.addAll(extra);
        Map<String, YamlRuleDefinition> yaml = new LinkedHashMap<>();
        for (YamlRuleDefinition d : shippedYaml) {
            yaml.put(d.id(), d);
        }
        for (YamlRuleDefinition d : over) {
            yaml.put(d.id(), d);
        }
        return new Loaded(new RuleRegistry(RulePacks.layer(shipped, yaml.values())), Map.copyOf(yaml), null);
    }

    @SuppressWarnings("unchecked")
    private List<YamlRuleDefinition> folder(RuleFolder f) throws ConfigException {
        Object r = folders.computeIfAbsent(f, k -> {
            try {
                return RulePacks.load(k.path(), k.display(), reader);
            } catch (ConfigException e) {
                return e;
            }
        });
        if (r instanceof ConfigException e) {
            throw e;
        }
        return (List<YamlRuleDefinition>) r;
    }

    /** A folder given on the command line, named as typed. */
    public static RuleFolder commandLineFolder(Path path) {
        return new RuleFolder(path.toAbsolutePath().normalize(), path.toString().replace('\\', '/'));
    }
}
