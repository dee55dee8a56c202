package dev.copydesk.topic;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Location;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where lexicons come from: the ones shipped with Copydesk (in the repository's {@code rules/topics/} folder, in the
 * jar under {@code copydesk/rules/topics/}, listed in its {@code index.txt}: no classpath scanning), and a user's
 * folders of {@code <topic-id>.yaml} files. A user lexicon with the id of a shipped one replaces it.
 */
public final class Lexicons {

    /** Where the shipped lexicons are in the jar. */
    public static final String RESOURCE_ROOT = "/copydesk/rules/topics/";
    /** The file listing the shipped lexicons, one file name a line. */
    public static final String INDEX = "index.txt";

    private Lexicons() {
    }

    /** The file names the index lists, in order. */
    public static List<String> shippedFiles() {
        List<String> out = new ArrayList<>();
        for (String line : resource(INDEX).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(l);
            }
        }
        return out;
    }

    /** The ids of the shipped topics, in index order, without reading the lexicons. */
    public static List<String> shippedIds() {
        return shippedFiles().stream().map(Lexicons::idOf).toList();
    }

    /** Reads the shipped lexicons; a broken one is a bug in Copydesk, not a user error. */
    public static List<Lexicon> shipped() {
        List<Lexicon> out = new ArrayList<>();
        for (String file : shippedFiles()) {
            try {
                out.add(LexiconReader.read("rules/topics/" + file, resource(file), idOf(file)));
            } catch (ConfigException e) {
                throw new IllegalStateException("a shipped topic lexicon is broken: " + e.oneLine(), e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Reads every {@code .yaml} or {@code .yml} file directly in a user's folder (in name order); {@code display} is
     * how messages name the folder and {@code where} is where the config names it (for errors reading it).
     */
    public static List<Lexicon> readFolder(Path folder, String display, Location where) throws ConfigException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml")
                            || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ConfigException(where, "cannot list the topic lexicons folder " + display + ": " + e.getMessage());
        }
        List<Lexicon> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String path = display.endsWith("/") ? display + name : display + "/" + name;
            SourceFile source;
            try {
                source = SourceFile.read(f, path);
            } catch (InputException e) {
                throw new ConfigException(where, e.oneLine());
            }
            out.add(LexiconReader.read(path, source.text(), idOf(name)));
        }
        return out;
    }

    /** The shipped lexicons with the user's added, a user lexicon replacing a shipped one of the same id. */
    public static List<Lexicon> merge(List<Lexicon> shipped, List<Lexicon> user) {
        Map<String, Lexicon> byId = new LinkedHashMap<>();
        shipped.forEach(l -> byId.put(l.id(), l));
        user.forEach(l -> byId.put(l.id(), l));
        return List.copyOf(byId.values());
    }

    static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static String resource(String name) {
        try (InputStream in = Lexicons.class.getResourceAsStream(RESOURCE_ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE_ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
