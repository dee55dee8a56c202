package dev.copydesk.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.report.Json;
import dev.copydesk.source.Position;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Writes extractions as text for a person or as JSON for a script. A file that could not be read is written with
 * its error in place of its content.
 */
public final class ExtractionWriter {

    /** One file's outcome: its extraction, or the one-line error that stopped it. */
    public record Entry(String path, Optional<Extraction> extraction, Optional<String> error) {

        public static Entry of(Extraction e) {
            return new Entry(e.path(), Optional.of(e), Optional.empty());
        }

        public static Entry failed(String path, String error) {
            return new Entry(path, Optional.empty(), Optional.of(error));
        }
    }

    private ExtractionWriter() {
    }

    /**
     * JSON: {@code {"files": [{"path", "format", "title", "articleText", "blocks", "related", "furniture"}]}}, or
     * {@code {"path", "error"}} for a file that failed. Keys in a fixed order.
     */
    public static void json(List<Entry> entries, Writer out) throws IOException {
        JsonGenerator g = Json.pretty(out);
        g.writeStartObject();
        g.writeArrayFieldStart("files");
        for (Entry entry : entries) {
            g.writeStartObject();
            g.writeStringField("path", entry.path());
            if (entry.error().isPresent()) {
                g.writeStringField("error", entry.error().get());
                g.writeEndObject();
                continue;
            }
            Extraction x = entry.extraction().orElseThrow();
            g.writeStringField("format", x.format());
            if (x.title().isPresent()) {
                g.writeStringField("title", x.title().get());
            } else {
                g.writeNullField("title");
            }
            g.writeStringField("articleText", x.articleText());
            g.writeArrayFieldStart("blocks");
            for (Extraction.TextBlock b : x.blocks()) {
                g.writeStartObject();
                g.writeStringField("kind", b.kind());
                position(g, b.position());
                g.writeStringField("text", b.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("related");
            for (Extraction.Region r : x.related()) {
                g.writeStartObject();
                g.writeStringField("heading", r.heading());
                position(g, r.position());
                g.writeArrayFieldStart("items");
                for (Extraction.Item i : r.items()) {
                    g.writeStartObject();
                    g.writeStringField("text", i.text());
                    g.writeStringField("target", i.target());
                    g.writeStringField("teaser", i.teaser());
                    position(g, i.position());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("furniture");
            for (Extraction.Aside f : x.furniture()) {
                g.writeStartObject();
                g.writeStringField("reason", f.reason());
                position(g, f.position());
                g.writeStringField("text", f.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
    }

    /** Text: per file, its title, then the article's blocks, related regions and furniture, each at line:column. */
    public static void text(List<Entry> entries, Writer out) throws IOException {
        boolean first = true;
        for (Entry entry : entries) {
            if (!first) {
                out.write('\n');
            }
            first = false;
            if (entry.error().isPresent()) {
                out.write(entry.path() + ": error: " + entry.error().get() + "\n");
                continue;
            }
            Extraction x = entry.extraction().orElseThrow();
            out.write("== " + x.path() + " (" + x.format() + ")\n");
            out.write("title: " + x.title().orElse("(none)") + "\n");
            out.write("article: " + x.blocks().size() + (x.blocks().size() == 1 ? " block" : " blocks") + "\n");
            for (Extraction.TextBlock b : x.blocks()) {
                out.write(String.format("  %-9s %-10s %s%n", b.position(), b.kind(), b.text()));
            }
            for (Extraction.Region r : x.related()) {
                out.write("related links at " + r.position() + ": " + (r.heading().isEmpty() ? "(no heading)"
                        : "\"" + r.heading() + "\"") + ", " + r.items().size()
                        + (r.items().size() == 1 ? " item" : " items") + "\n");
                for (Extraction.Item i : r.items()) {
                    StringBuilder line = new StringBuilder(String.format("  %-9s %s", i.position(), i.text()));
                    if (!i.target().isEmpty()) {
                        line.append(" -> ").append(i.target());
                    }
                    if (!i.teaser().isEmpty()) {
                        line.append(" | ").append(i.teaser());
                    }
                    out.write(line.append('\n').toString());
                }
            }
            if (!x.furniture().isEmpty()) {
                out.write("furniture: " + x.furniture().size() + " set aside\n");
                for (Extraction.Aside f : x.furniture()) {
                    out.write(String.format("  %-9s %-20s %s%n", f.position(), f.reason(), f.text()));
                }
            }
        }
        out.flush();
    }

    private static void position(JsonGenerator g, Position p) throws IOException {
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", p.column());
    }
}
