package dev.copydesk.report;

import dev.copydesk.io.Fields;
import dev.copydesk.io.JsonText;
import dev.copydesk.rule.Severity;
import dev.copydesk.source.InputException;
import dev.copydesk.source.Position;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a JSON report (schema version 1, as {@link JsonReporter} writes it) back into a {@link Report}, so that
 * reports of several runs can be merged and shown again. The report carries no rule metadata and no source lines:
 * each finding's snippet is its excerpt.
 */
public final class JsonReportReader {

    private JsonReportReader() {
    }

    /**
     * Reads one report.
     *
     * @throws InputException if the text is not JSON, not a Copydesk report, or of another schema version
     */
    public static Report read(String name, Reader in) throws InputException {
        Fields root = Fields.root(name, JsonText.read(name, in));
        if (!root.has("schemaVersion")) {
            throw new InputException(name, "not a Copydesk JSON report (no \"schemaVersion\"; write one with "
                    + "copydesk check --format json)");
        }
        long version = root.number("schemaVersion");
        if (version != JsonReporter.SCHEMA_VERSION) {
            throw root.wrong("schemaVersion", "is " + version + "; this Copydesk reads version "
                    + JsonReporter.SCHEMA_VERSION);
        }
        String toolVersion = root.has("tool") ? root.object("tool").optionalString("version").orElse("unknown")
                : "unknown";
        List<FileReport> files = new ArrayList<>();
        for (Fields f : root.objects("files")) {
            files.add(file(f));
        }
        return new Report(toolVersion, files);
    }

    private static FileReport file(Fields f) throws InputException {
        List<Diagnostic> findings = new ArrayList<>();
        for (Fields d : f.objects("findings")) {
            findings.add(finding(d));
        }
        Collections.sort(findings);
        return new FileReport(f.string("path"), f.optionalString("format"), f.optionalString("error"), findings);
    }

    private static Diagnostic finding(Fields d) throws InputException {
        String rule = d.string("rule");
        Severity severity = Severity.parse(d.string("severity"))
                .orElseThrow(() -> d.wrong("severity", "must be error, warning or info"));
        Position start = new Position(d.positive("line"), d.positive("column"));
        Position end = new Position(d.positive("endLine"), d.positive("endColumn"));
        String excerpt = d.string("excerpt");
        List<ResolvedFix> fixes = new ArrayList<>();
        if (d.has("fixes")) {
            for (Fields x : d.objects("fixes")) {
                fixes.add(new ResolvedFix(new Position(x.positive("line"), x.positive("column")),
                        new Position(x.positive("endLine"), x.positive("endColumn")), x.string("replacement")));
            }
        }
        Map<String, Object> data = Map.of();
        if (d.has("data") && d.raw("data") != null) {
            Object raw = d.raw("data");
            if (!(raw instanceof Map<?, ?>)) {
                throw d.wrong("data", "must be an object");
            }
            data = dataMap((Map<?, ?>) raw);
        }
        int width = excerpt.codePointCount(0, excerpt.length());
        Snippet snippet = new Snippet(start.line(), start.column(), excerpt, 1, 1 + width);
        return new Diagnostic(rule, severity, d.string("message"), start, end, excerpt,
                d.string("help"), fixes, data, snippet);
    }

    /** A copy of a JSON object as {@code data}; top-level nulls are left out (our reports never write them). */
    private static Map<String, Object> dataMap(Map<?, ?> raw) {
        Map<String, Object> out = new TreeMap<>();
        raw.forEach((k, v) -> {
            if (v != null) {
                out.put(String.valueOf(k), v);
            }
        });
        return out;
    }
}
