package dev.copydesk.engine;

import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigException;
import dev.copydesk.config.RuleSetting;
import dev.copydesk.config.Site;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the rules that apply to a file from its config and the overrides matching it (rule settings, and the site
 * section the rules see). Each distinct combination
 * is built once and shared by every file it applies to (rules are thread-safe).
 */
public final class RuleSets {

    /** The rules known under a config. */
    @FunctionalInterface
    public interface Registries {
        RuleRegistry forConfig(Config config) throws ConfigException;
    }

    private final Registries registries;
    private final RuleEnvironment environment;
    private final Notices notices;
    /** Each config's globs, compiled once per run and looked up once per file, not once per glob. */
    private final Map<Identity, ConfigGlobs> globs = new ConcurrentHashMap<>();
    private final Map<Key, Built> cache = new ConcurrentHashMap<>();

    /** Rule sets drawn from one registry, whatever the config. */
    public RuleSets(RuleRegistry registry, RuleEnvironment environment, Notices notices) {
        this(config -> registry, environment, notices);
    }

    /** Rule sets drawn from each config's registry (shipped rules plus the config's packs). */
    public RuleSets(RuleCatalog catalog, RuleEnvironment environment, Notices notices) {
        this(catalog::forConfig, environment, notices);
    }

    private RuleSets(Registries registries, RuleEnvironment environment, Notices notices) {
        this.registries = registries;
        this.environment = environment;
        this.notices = notices;
    }

    /** The rules known under a config, or the error in its packs. */
    public RuleRegistry registry(Config config) throws ConfigException {
        return registries.forConfig(config);
    }

    /** The rules for a file, or the config error that prevents building them. */
    public List<ActiveRule> forFile(Config config, Path file) throws ConfigException {
        List<Integer> matched = new ArrayList<>();
        String rel = relative(config.directory(), file);
        List<List<Glob>> overrides = globs(config).overrides();
        for (int i = 0; i < overrides.size(); i++) {
            if (ConfigGlobs.anyMatches(overrides.get(i), rel)) {
                matched.add(i);
            }
        }
        Built b = cache.computeIfAbsent(new Key(new Identity(config), List.copyOf(matched)), k -> build(config,
                k.overrides()));
        if (b.error != null) {
            throw b.error;
        }
        return b.rules;
    }

    /** True if the config's include and exclude globs let this file be checked. */
    public boolean selects(Config config, Path file) {
        String rel = relative(config.directory(), file);
        ConfigGlobs g = globs(config);
        if (!g.include().isEmpty() && !ConfigGlobs.anyMatches(g.include(), rel)) {
            return false;
        }
        return !ConfigGlobs.anyMatches(g.exclude(), rel);
    }

    private Built build(Config config, List<Integer> overrides) {
        RuleRegistry registry;
        try {
            registry = registries.forConfig(config);
        } catch (ConfigException e) {
            return new Built(null, e);
        }
        Map<String, RuleSetting> settings = new LinkedHashMap<>(config.rules());
        for (int i : overrides) {
            for (Map.Entry<String, RuleSetting> e : config.overrides().get(i).rules().entrySet()) {
                settings.merge(e.getKey(), e.getValue(), RuleSetting::merge);
            }
        }
        for (Map.Entry<String, RuleSetting> e : settings.entrySet()) {
            if (!registry.contains(e.getKey())) {
                notices.warning(e.getValue().location() + ": unknown rule \"" + e.getKey() + "\" (ignored; "
                        + "copydesk rules lists them)");
            }
        }
        List<ActiveRule> rules = new ArrayList<>();
        RuleEnvironment env = environment.forConfig(config);
        Site site = config.site();
        for (int i : overrides) {
            Optional<Site> s = config.overrides().get(i).site();
            if (s.isPresent()) {
                site = site.with(s.get());
            }
        }
        env = env.withSite(site);
        try {
            for (RuleProvider p : registry.all()) {
                RuleSetting s = settings.get(p.meta().id());
                if (s != null && s.enabled().isPresent() && !s.enabled().get()) {
                    continue;
                }
                RuleOptions options = s == null ? RuleOptions.none(p.meta().id())
                        : new RuleOptions(p.meta().id(), s.options());
                rules.add(new ActiveRule(p.create(options, env),
                        s == null ? p.meta().severity() : s.severity().orElse(p.meta().severity())));
            }
        } catch (ConfigException e) {
            return new Built(null, e);
        }
        return new Built(List.copyOf(rules), null);
    }

    private ConfigGlobs globs(Config config) {
        return globs.computeIfAbsent(new Identity(config), k -> ConfigGlobs.of(config));
    }

    /** A config's include, exclude and override globs, compiled. */
    private record ConfigGlobs(List<Glob> include, List<Glob> exclude, List<List<Glob>> overrides) {

        static ConfigGlobs of(Config config) {
            return new ConfigGlobs(compile(config.include()), compile(config.exclude()),
                    config.overrides().stream().map(o -> compile(o.files())).toList());
        }

        private static List<Glob> compile(List<String> patterns) {
            return patterns.stream().map(Glob::compile).toList();
        }

        static boolean anyMatches(List<Glob> globs, String rel) {
            for (Glob g : globs) {
                if (g.matches(rel)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String relative(Path dir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(dir) ? dir.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private record Built(List<ActiveRule> rules, ConfigException error) {
    }

    private record Key(Identity config, List<Integer> overrides) {
    }

    /** Compares configs by identity: each file loads once, and deep equality would be slow to hash. */
    private static final class Identity {
        private final Config config;

        Identity(Config config) {
            this.config = config;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.config == config;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(config);
        }
    }
}
