package dev.copydesk.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.io.AtomicFile;
import dev.copydesk.io.Fields;
import dev.copydesk.io.JsonText;
import dev.copydesk.report.Json;
import dev.copydesk.source.InputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The baseline file: JSON, versioned, one finding per line, sorted by file, rule and excerpt, so that it diffs well
 * in review:
 *
 * <pre>
 * {
 *   "copydeskBaseline": 1,
 *   "findings": [
 *     {"file": "content/a.md", "rule": "missing-link", "excerpt": "here", "count": 2}
 *   ]
 * }
 * </pre>
 */
public final class BaselineFile {

    /** Bumped on any incompatible change to the file's shape. */
    public static final int VERSION = 1;

    private BaselineFile() {
    }

    public static Baseline read(Path file) throws InputException {
        String name = file.toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(name, in);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "baseline file not found (create it with --write-baseline)");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    static Baseline parse(String name, Reader in) throws InputException {
        Fields root = Fields.root(name, JsonText.read(name, in));
        if (!root.has("copydeskBaseline")) {
            throw new InputException(name, "not a Copydesk baseline (no \"copydeskBaseline\" version)");
        }
        long version = root.number("copydeskBaseline");
        if (version != VERSION) {
            throw root.wrong("copydeskBaseline", "is " + version + "; this Copydesk reads version " + VERSION);
        }
        Map<Baseline.Key, Integer> counts = new HashMap<>();
        for (Fields f : root.objects("findings")) {
            Baseline.Key key = new Baseline.Key(Baseline.normalize(f.string("file")), f.string("rule"),
                    f.string("excerpt"));
            counts.merge(key, f.positive("count"), Integer::sum);
        }
        return new Baseline(counts);
    }

    public static void write(Path file, Baseline baseline) throws IOException {
        AtomicFile.write(file, w -> write(w, baseline));
    }

    static void write(Writer out, Baseline baseline) throws IOException {
        out.write("{\n  \"copydeskBaseline\": " + VERSION + ",\n  \"findings\": [");
        boolean first = true;
        for (Map.Entry<Baseline.Key, Integer> e : baseline.counts().entrySet()) {
            out.write(first ? "\n    " : ",\n    ");
            first = false;
            out.write(entry(e.getKey(), e.getValue()));
        }
        out.write(first ? "]\n}\n" : "\n  ]\n}\n");
        out.flush();
    }

    private static String entry(Baseline.Key key, int count) throws IOException {
        StringWriter s = new StringWriter();
        JsonGenerator g = Json.oneLine(s);
        g.writeStartObject();
        g.writeStringField("file", key.file());
        g.writeStringField("rule", key.rule());
        g.writeStringField("excerpt", key.excerpt());
        g.writeNumberField("count", count);
        g.writeEndObject();
        g.flush();
        return s.toString();
    }
}
