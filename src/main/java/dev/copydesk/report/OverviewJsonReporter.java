package dev.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The summary of one or more reports as JSON, for scripts:
 * {@code {"overviewVersion": 1, "files": …, "findings": {"errors": …}, "rules": [...], "worstFiles": [...]}}.
 */
public final class OverviewJsonReporter implements Reporter {

    /** Bumped on any incompatible change to the shape. */
    public static final int VERSION = 1;

    private final int topFiles;

    public OverviewJsonReporter(int topFiles) {
        this.topFiles = topFiles;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Overview o = Overview.of(report, topFiles);
        Summary s = o.summary();
        JsonGenerator g = Json.pretty(out);
        g.writeStartObject();
        g.writeNumberField("overviewVersion", VERSION);
        g.writeNumberField("files", s.files());
        g.writeNumberField("filesWithFindings", s.filesWithFindings());
        g.writeNumberField("filesWithErrors", s.filesWithErrors());
        g.writeObjectFieldStart("findings");
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeNumberField("infos", s.infos());
        g.writeNumberField("total", s.findings());
        g.writeEndObject();
        rows(g, "rules", "rule", o.rules());
        rows(g, "worstFiles", "path", o.worstFiles());
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
    }

    private static void rows(JsonGenerator g, String name, String key, List<Overview.Row> rows) throws IOException {
        g.writeArrayFieldStart(name);
        for (Overview.Row r : rows) {
            g.writeStartObject();
            g.writeStringField(key, r.key());
            g.writeNumberField("errors", r.errors());
            g.writeNumberField("warnings", r.warnings());
            g.writeNumberField("infos", r.infos());
            g.writeNumberField("total", r.total());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
