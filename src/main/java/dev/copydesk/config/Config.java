package dev.copydesk.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code .copydesk.yaml}: rule settings, include and exclude globs, per-glob overrides, what the site covers
 * ({@link Site}), folders of YAML rules ({@code packs}), grammar settings and the project's vocabulary. Globs and
 * folders are relative to {@link #directory()}, the folder holding the file. {@link #empty()} stands for "no config
 * file".
 */
public record Config(Optional<Path> file, Path directory, Map<String, RuleSetting> rules, List<String> include,
        List<String> exclude, List<ConfigOverride> overrides, Site site, List<RuleFolder> packs,
        GrammarSettings grammar, Vocabulary vocabulary) {

    /** The file name Copydesk looks for, walking up from each checked file. */
    public static final String FILE_NAME = ".copydesk.yaml";

    public Config {
        rules = Map.copyOf(rules);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        overrides = List.copyOf(overrides);
        Objects.requireNonNull(site, "site");
        packs = List.copyOf(packs);
        Objects.requireNonNull(grammar, "grammar");
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** A config with the default grammar settings and no vocabulary. */
    public Config(Optional<Path> file, Path directory, Map<String, RuleSetting> rules, List<String> include,
            List<String> exclude, List<ConfigOverride> overrides, Site site, List<RuleFolder> packs) {
        this(file, directory, rules, include, exclude, overrides, site, packs, GrammarSettings.DEFAULT,
                Vocabulary.EMPTY);
    }

    /** A config without rule folders, with the default grammar settings and no vocabulary. */
    public Config(Optional<Path> file, Path directory, Map<String, RuleSetting> rules, List<String> include,
            List<String> exclude, List<ConfigOverride> overrides, Site site) {
        this(file, directory, rules, include, exclude, overrides, site, List.of());
    }

    /** A config without a {@code site} section or rule folders, with the default grammar settings. */
    public Config(Optional<Path> file, Path directory, Map<String, RuleSetting> rules, List<String> include,
            List<String> exclude, List<ConfigOverride> overrides) {
        this(file, directory, rules, include, exclude, overrides, Site.NONE, List.of());
    }

    /** The defaults: every rule at its default severity, nothing excluded. */
    public static Config empty(Path directory) {
        return new Config(Optional.empty(), directory, Map.of(), List.of(), List.of(), List.of());
    }
}
