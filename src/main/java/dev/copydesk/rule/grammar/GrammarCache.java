package dev.copydesk.rule.grammar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.copydesk.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * LanguageTool's results on disk, so that a second run over unchanged prose does not check it again.
 *
 * <p>Each checked file has one entry file, named by a hash of its path and the grammar settings, holding the results
 * of each of its segments under a key that hashes the segment's text with the same settings (see
 * {@link GrammarEngine}). A changed paragraph misses and is checked again; the entry is then rewritten with the
 * file's current segments only, so it never grows stale. Entries are written atomically (a temporary file moved
 * into place), so concurrent runs and interrupted runs never leave half an entry; an entry that cannot be read is
 * ignored and rewritten. When a run has written entries and the folder is over its size limit, the entries used
 * least recently are deleted. Deleting the folder is always safe.
 */
public final class GrammarCache {

    /** The layout of entry files; bump it when it changes, and old entries are simply not found. */
    static final int FORMAT = 1;

    /** The default size limit of the cache folder. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

    private static final Duration TOUCH_AFTER = Duration.ofHours(1);
    private static final Duration STALE_TEMP = Duration.ofHours(1);

    private final Path root;
    private final long maxBytes;
    private final Consumer<String> warnings;
    private final JsonFactory json = new JsonFactory();
    private final AtomicBoolean wrote = new AtomicBoolean();
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * A cache in {@code folder} (created when first written), at most about {@code maxBytes} large; problems
     * writing it are reported once to {@code warnings} and otherwise ignored.
     */
    public GrammarCache(Path folder, long maxBytes, Consumer<String> warnings) {
        this.root = folder.resolve("grammar-v" + FORMAT);
        this.maxBytes = maxBytes;
        this.warnings = warnings;
    }

    /** The results stored for a file, by segment key; empty if there are none or they cannot be read. */
    Map<String, List<GrammarMatch>> load(String fileKey) {
        Path file = entry(fileKey);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // Not stored yet, deleted by another run, or unreadable: the file is checked again.
            return Map.of();
        }
        Map<String, List<GrammarMatch>> entries;
        try {
            entries = parse(bytes, fileKey);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        touch(file);
        return entries;
    }

    /** Stores the results of a file's segments, replacing what was stored for it. */
    void store(String fileKey, String displayPath, Map<String, List<GrammarMatch>> entries) {
        try {
            AtomicFile.write(entry(fileKey), w -> {
                try (JsonGenerator g = json.createGenerator(w)) {
                    g.writeStartObject();
                    g.writeNumberField("format", FORMAT);
                    g.writeStringField("key", fileKey);
                    g.writeStringField("path", displayPath);
                    g.writeObjectFieldStart("segments");
                    for (Map.Entry<String, List<GrammarMatch>> e : entries.entrySet()) {
                        g.writeArrayFieldStart(e.getKey());
                        for (GrammarMatch m : e.getValue()) {
                            write(g, m);
                        }
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
            });
            wrote.set(true);
        } catch (IOException | UncheckedIOException e) {
            if (warned.compareAndSet(false, true)) {
                warnings.accept("cannot write the grammar cache in " + root.getParent() + " (" + e.getMessage()
                        + "); results will not be reused");
            }
        }
    }

    /** Ends the run: if entries were written, deletes the least recently used ones while over the size limit. */
    void close() {
        if (wrote.get()) {
            evict();
        }
    }

    /** The folder entries are kept in. */
    Path root() {
        return root;
    }

    Path entry(String fileKey) {
        return root.resolve(fileKey.substring(0, 2)).resolve(fileKey.substring(2) + ".json");
    }

    private static void write(JsonGenerator g, GrammarMatch m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("from", m.from());
        g.writeNumberField("to", m.to());
        g.writeStringField("rule", m.rule());
        g.writeStringField("category", m.category());
        g.writeStringField("message", m.message());
        g.writeArrayFieldStart("replacements");
        for (String r : m.replacements()) {
            g.writeString(r);
        }
        g.writeEndArray();
        g.writeBooleanField("spelling", m.spelling());
        g.writeEndObject();
    }

    private Map<String, List<GrammarMatch>> parse(byte[] bytes, String fileKey) throws IOException {
        Map<String, List<GrammarMatch>> out = new LinkedHashMap<>();
        try (JsonParser p = json.createParser(bytes)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            boolean formatOk = false;
            boolean keyOk = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> formatOk = p.getIntValue() == FORMAT;
                    case "key" -> keyOk = fileKey.equals(p.getText());
                    case "segments" -> {
                        expect(p.currentToken(), JsonToken.START_OBJECT);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            expect(p.nextToken(), JsonToken.START_ARRAY);
                            List<GrammarMatch> matches = new ArrayList<>();
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                matches.add(match(p));
                            }
                            out.put(key, List.copyOf(matches));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!formatOk || !keyOk) {
                throw new IOException("not an entry of this cache");
            }
        }
        return out;
    }

    private static GrammarMatch match(JsonParser p) throws IOException {
        int from = -1;
        int to = -1;
        String rule = null;
        String category = null;
        String message = null;
        List<String> replacements = new ArrayList<>();
        boolean spelling = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "from" -> from = p.getIntValue();
                case "to" -> to = p.getIntValue();
                case "rule" -> rule = p.getText();
                case "category" -> category = p.getText();
                case "message" -> message = p.getText();
                case "replacements" -> {
                    expect(t, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        replacements.add(p.getText());
                    }
                }
                case "spelling" -> spelling = p.getBooleanValue();
                default -> p.skipChildren();
            }
        }
        if (rule == null || category == null || message == null) {
            throw new IOException("incomplete match");
        }
        return new GrammarMatch(from, to, rule, category, message, replacements, spelling);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + ", found " + actual);
        }
    }

    /** Marks an entry as used now, so eviction keeps it; at most once an hour per entry. */
    private static void touch(Path file) {
        try {
            Instant now = Instant.now();
            if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(TOUCH_AFTER))) {
                Files.setLastModifiedTime(file, FileTime.from(now));
            }
        } catch (IOException e) {
            // An entry deleted meanwhile, or a read-only cache: nothing to keep fresh.
        }
    }

    private record Stored(Path path, long size, FileTime modified) {
    }

    private void evict() {
        List<Stored> files = new ArrayList<>();
        long total = 0;
        Instant staleTemp = Instant.now().minus(STALE_TEMP);
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                    for (Path f : entries) {
                        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                        if (f.getFileName().toString().endsWith(".tmp")) {
                            if (a.lastModifiedTime().toInstant().isBefore(staleTemp)) {
                                Files.deleteIfExists(f);
                            }
                            continue;
                        }
                        files.add(new Stored(f, a.size(), a.lastModifiedTime()));
                        total += a.size();
                    }
                }
            }
        } catch (IOException e) {
            return;
        }
        if (total <= maxBytes) {
            return;
        }
        files.sort(Comparator.comparing(Stored::modified));
        long target = maxBytes / 4 * 3;
        for (Stored s : files) {
            if (total <= target) {
                break;
            }
            try {
                Files.deleteIfExists(s.path());
                total -= s.size();
            } catch (IOException e) {
                // Another run may hold or have deleted it; try the next one.
            }
        }
    }
}
