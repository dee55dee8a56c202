package dev.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.source.Position;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report, schema version 1 (documented in the README). Keys are written in a fixed order and {@code data}
 * maps in key order, so the same findings always give the same bytes.
 */
public final class JsonReporter implements Reporter {

    /** Bumped on any incompatible change to the report's shape. */
    public static final int SCHEMA_VERSION = 1;

    @Override
    public void write(Report report, Writer out) throws IOException {
        JsonGenerator g = Json.pretty(out);
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "copydesk");
        g.writeStringField("version", report.toolVersion());
        g.writeEndObject();
        g.writeArrayFieldStart("files");
        for (FileReport f : report.files()) {
            writeFile(g, f);
        }
        g.writeEndArray();
        Summary s = report.summary();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        g.writeNumberField("filesWithFindings", s.filesWithFindings());
        g.writeNumberField("filesWithErrors", s.filesWithErrors());
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeNumberField("infos", s.infos());
        g.writeEndObject();
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
    }

    private static void writeFile(JsonGenerator g, FileReport f) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        nullableField(g, "format", f.format().orElse(null));
        nullableField(g, "error", f.error().orElse(null));
        g.writeArrayFieldStart("findings");
        for (Diagnostic d : f.findings()) {
            g.writeStartObject();
            g.writeStringField("rule", d.rule());
            g.writeStringField("severity", d.severity().id());
            g.writeStringField("message", d.message());
            position(g, "line", "column", d.start());
            position(g, "endLine", "endColumn", d.end());
            g.writeStringField("excerpt", d.excerpt());
            g.writeStringField("help", d.help());
            g.writeArrayFieldStart("fixes");
            for (ResolvedFix fix : d.fixes()) {
                g.writeStartObject();
                position(g, "line", "column", fix.start());
                position(g, "endLine", "endColumn", fix.end());
                g.writeStringField("replacement", fix.replacement());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("data");
            Json.value(g, d.data());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void position(JsonGenerator g, String line, String column, Position p) throws IOException {
        g.writeNumberField(line, p.line());
        g.writeNumberField(column, p.column());
    }

    private static void nullableField(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }
}
