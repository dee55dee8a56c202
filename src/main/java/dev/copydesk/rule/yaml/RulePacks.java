package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Location;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads rule packs: folders of YAML rule files, one rule per file, grouped in pack folders ({@code health/},
 * {@code style/}…).
 *
 * <p>The packs shipped with Copydesk live in the repository's {@code rules/} folder and in the jar under
 * {@code copydesk/rules/}. They are found through {@code rules/index.txt}, which lists every rule file (no classpath
 * scanning): other files under {@code rules/} (topic lexicons, vocabularies) are not rules.
 *
 * <p>A user's folder is read the same way when it has an {@code index.txt}; otherwise every {@code .yaml} or
 * {@code .yml} file under it is a rule, except in hidden folders and in folders named {@code topics} or
 * {@code vocabulary}, which hold lexicons.
 */
public final class RulePacks {

    /** Where the shipped packs are in the jar. */
    public static final String RESOURCE_ROOT = "/copydesk/rules/";
    /** The name of the file listing a folder's rule files. */
    public static final String INDEX = "index.txt";
    /** Folders under a rules folder that hold lexicons, not rules. */
    public static final Set<String> NOT_RULES = Set.of("topics", "vocabulary");

    private RulePacks() {
    }

    /** Holds the shipped rules, read once: they are immutable. */
    private static final class Shipped {
        static final List<YamlRuleDefinition> RULES = loadShipped();
    }

    /** The rules shipped in the jar, in index order. */
    public static List<YamlRuleDefinition> shipped() {
        return Shipped.RULES;
    }

    /** The providers of the shipped rules. */
    public static List<RuleProvider> shippedProviders() {
        return shipped().stream().map(YamlRuleDefinition::provider).toList();
    }

    private static List<YamlRuleDefinition> loadShipped() {
        RuleReader reader = new RuleReader();
        List<YamlRuleDefinition> out = new ArrayList<>();
        try {
            for (String entry : indexEntries(resource(INDEX), "rules/" + INDEX)) {
                String path = "rules/" + entry;
                String id = RuleReader.idOf(fileName(entry)).orElseThrow();
                out.add(reader.read(id, path, resource(entry), true));
            }
        } catch (ConfigException e) {
            throw new IllegalStateException("a shipped rule file is broken: " + e.oneLine(), e);
        }
        return List.copyOf(out);
    }

    private static String resource(String name) {
        try (InputStream in = RulePacks.class.getResourceAsStream(RESOURCE_ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE_ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rule files an index lists: one path per line, relative to the index's folder; blank lines and lines
     * starting with {@code #} are skipped.
     */
    public static List<String> indexEntries(String text, String path) throws ConfigException {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (RuleReader.idOf(fileName(line)).isEmpty() || line.startsWith("/") || line.contains("..")
                    || line.contains("\\")) {
                throw new ConfigException(new Location(path, i + 1, 1), "\"" + line + "\" is not a rule file path "
                        + "(relative, with / between folders, ending in .yaml)");
            }
            out.add(line);
        }
        return out;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Reads the rules of a user's folder; {@code display} is how errors name it. Two files in the folder defining
     * the same id are an error.
     */
    public static List<YamlRuleDefinition> load(Path folder, String display, RuleReader reader)
            throws ConfigException {
        if (!Files.isDirectory(folder)) {
            throw new ConfigException(new Location(display, 1, 1), "rules folder not found");
        }
        List<Path> files = new ArrayList<>();
        Path index = folder.resolve(INDEX);
        try {
            if (Files.isRegularFile(index)) {
                for (String entry : indexEntries(read(index, join(display, INDEX)).text(), join(display, INDEX))) {
                    files.add(folder.resolve(entry));
                }
            } else {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> RuleReader.idOf(p.getFileName().toString()).isPresent())
                            .filter(p -> included(folder, p))
                            .sorted()
                            .forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new ConfigException(new Location(display, 1, 1), "cannot read the rules folder: " + e.getMessage());
        }
        Map<String, YamlRuleDefinition> byId = new LinkedHashMap<>();
        for (Path f : files) {
            String shown = join(display, folder.relativize(f).toString().replace('\\', '/'));
            String id = RuleReader.idOf(f.getFileName().toString()).orElseThrow();
            YamlRuleDefinition d = reader.read(id, shown, read(f, shown).text(), false);
            YamlRuleDefinition before = byId.put(id, d);
            if (before != null) {
                throw new ConfigException(new Location(shown, 1, 1), "rule " + id + " is already defined in "
                        + before.path());
            }
        }
        return List.copyOf(byId.values());
    }

    private static boolean included(Path root, Path file) {
        Path rel = root.relativize(file);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String name = rel.getName(i).toString();
            if (name.startsWith(".") || NOT_RULES.contains(name)) {
                return false;
            }
        }
        return !rel.getFileName().toString().startsWith(".");
    }

    private static SourceFile read(Path file, String shown) throws ConfigException {
        try {
            return SourceFile.read(file, shown);
        } catch (ConfigException e) {
            throw e;
        } catch (InputException e) {
            throw new ConfigException(new Location(shown, 1, 1), e.getMessage());
        }
    }

    private static String join(String folder, String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    /**
     * Providers with later ones replacing earlier ones of the same id, in id order: how user rules replace shipped
     * ones.
     */
    public static List<RuleProvider> layer(Collection<RuleProvider> base, Collection<YamlRuleDefinition> over) {
        Map<String, RuleProvider> byId = new LinkedHashMap<>();
        for (RuleProvider p : base) {
            byId.put(p.meta().id(), p);
        }
        for (YamlRuleDefinition d : over) {
            byId.put(d.id(), d.provider());
        }
        return List.copyOf(byId.values());
    }
}
