package dev.copydesk.report.html;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.report.Diagnostic;
import dev.copydesk.report.FileReport;
import dev.copydesk.report.Json;
import dev.copydesk.report.Report;
import dev.copydesk.report.RuleDocs;
import dev.copydesk.report.Summary;
import dev.copydesk.rule.RuleMeta;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The data the page's script renders, as one JSON text safe to embed in a {@code <script type="application/json">}
 * element: the summary, the rules (metadata, or what a finding says when the report lacks it), the files and every
 * finding, which points at its file by index.
 */
final class PageData {

    private PageData() {
    }

    static String json(Report report, String title) throws IOException {
        StringWriter out = new StringWriter();
        JsonGenerator g = Json.compact(out);
        g.setCharacterEscapes(new ScriptSafeEscapes());
        g.writeStartObject();
        g.writeStringField("title", title);
        g.writeStringField("tool", "copydesk " + report.toolVersion());
        writeSummary(g, report.summary());
        writeRules(g, report);
        g.writeArrayFieldStart("files");
        for (FileReport f : report.files()) {
            g.writeStartObject();
            g.writeStringField("path", f.path());
            nullable(g, "format", f.format().orElse(null));
            nullable(g, "error", f.error().orElse(null));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        int index = 0;
        for (FileReport f : report.files()) {
            for (Diagnostic d : f.findings()) {
                g.writeStartObject();
                g.writeNumberField("file", index);
                g.writeStringField("rule", d.rule());
                g.writeStringField("severity", d.severity().id());
                g.writeStringField("message", d.message());
                g.writeNumberField("line", d.start().line());
                g.writeNumberField("column", d.start().column());
                g.writeNumberField("endLine", d.end().line());
                g.writeNumberField("endColumn", d.end().column());
                g.writeStringField("excerpt", d.excerpt());
                g.writeEndObject();
            }
            index++;
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        return out.toString();
    }

    private static void writeSummary(JsonGenerator g, Summary s) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        g.writeNumberField("filesWithFindings", s.filesWithFindings());
        g.writeNumberField("filesWithErrors", s.filesWithErrors());
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeNumberField("infos", s.infos());
        g.writeEndObject();
    }

    private static void writeRules(JsonGenerator g, Report report) throws IOException {
        Map<String, Diagnostic> firstOf = new TreeMap<>();
        for (FileReport f : report.files()) {
            for (Diagnostic d : f.findings()) {
                firstOf.putIfAbsent(d.rule(), d);
            }
        }
        Map<String, RuleMeta> byId = new TreeMap<>();
        report.rules().forEach(m -> byId.put(m.id(), m));
        Set<String> ids = new TreeSet<>(byId.keySet());
        ids.addAll(firstOf.keySet());
        g.writeArrayFieldStart("rules");
        for (String id : ids) {
            RuleMeta m = byId.get(id);
            g.writeStartObject();
            g.writeStringField("id", id);
            nullable(g, "severity", m == null ? null : m.severity().id());
            nullable(g, "summary", m == null ? null : m.summary());
            g.writeStringField("help", m != null ? m.help() : firstOf.get(id).help());
            nullable(g, "docs", RuleDocs.url(id).orElse(null));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void nullable(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }
}
