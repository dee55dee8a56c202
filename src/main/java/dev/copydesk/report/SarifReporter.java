package dev.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.Severity;
import dev.copydesk.source.Position;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * SARIF 2.1.0 for code-scanning tools: one run whose driver lists the rules (id, summary, help, docs link, default
 * level), one result per finding (rule, level, message, file and region; columns in Unicode code points, end column
 * exclusive, as in every Copydesk report), suggested edits as fixes, and the files that could not be checked as
 * error notifications. File paths become relative URIs as given on the command line (absolute paths become
 * {@code file:} URIs).
 */
public final class SarifReporter implements Reporter {

    /** The schema the output follows (the OASIS standard with its errata). */
    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<RuleDescriptor> rules = descriptors(report);
        for (RuleDescriptor r : rules) {
            ruleIndex.put(r.id(), ruleIndex.size());
        }
        JsonGenerator g = Json.pretty(out);
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        writeTool(g, report, rules);
        writeInvocation(g, report);
        g.writeStringField("columnKind", "unicodeCodePoints");
        g.writeArrayFieldStart("results");
        for (FileReport f : report.files()) {
            for (Diagnostic d : f.findings()) {
                writeResult(g, f.path(), d, ruleIndex.get(d.rule()));
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
    }

    /** What the driver says about a rule: from its metadata, or from a finding when the report lacks it. */
    private record RuleDescriptor(String id, String summary, String help, Severity level) {
    }

    private static List<RuleDescriptor> descriptors(Report report) {
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        for (RuleMeta m : report.rules()) {
            byId.put(m.id(), new RuleDescriptor(m.id(), m.summary(), m.help(), m.severity()));
        }
        TreeSet<String> missing = new TreeSet<>();
        Map<String, Diagnostic> firstOf = new LinkedHashMap<>();
        for (FileReport f : report.files()) {
            for (Diagnostic d : f.findings()) {
                if (!byId.containsKey(d.rule())) {
                    missing.add(d.rule());
                    firstOf.putIfAbsent(d.rule(), d);
                }
            }
        }
        List<RuleDescriptor> out = new ArrayList<>(byId.values());
        for (String id : missing) {
            Diagnostic d = firstOf.get(id);
            out.add(new RuleDescriptor(id, null, d.help(), null));
        }
        return out;
    }

    private static void writeTool(JsonGenerator g, Report report, List<RuleDescriptor> rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "copydesk");
        g.writeStringField("version", report.toolVersion());
        g.writeStringField("informationUri", RuleDocs.REPOSITORY_URL);
        g.writeArrayFieldStart("rules");
        for (RuleDescriptor r : rules) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            if (r.summary() != null) {
                text(g, "shortDescription", r.summary());
            }
            text(g, "fullDescription", r.help());
            String url = RuleDocs.url(r.id()).orElse(null);
            g.writeObjectFieldStart("help");
            g.writeStringField("text", url == null ? r.help() : r.help() + "\n\nDocumentation: " + url);
            g.writeStringField("markdown", url == null ? r.help() : r.help() + "\n\n[Documentation](" + url + ")");
            g.writeEndObject();
            if (url != null) {
                g.writeStringField("helpUri", url);
            }
            if (r.level() != null) {
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", level(r.level()));
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator g, Report report) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", report.summary().filesWithErrors() == 0);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (FileReport f : report.files()) {
            if (f.error().isEmpty()) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("level", "error");
            text(g, "message", "Not checked: " + f.error().get());
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            artifact(g, f.path());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeResult(JsonGenerator g, String path, Diagnostic d, int ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", d.rule());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(d.severity()));
        text(g, "message", d.message());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        artifact(g, path);
        region(g, "region", d.start(), d.end());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        if (!d.fixes().isEmpty()) {
            writeFix(g, path, d.fixes());
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("excerpt", d.excerpt());
        if (!d.data().isEmpty()) {
            g.writeFieldName("data");
            Json.value(g, d.data());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeFix(JsonGenerator g, String path, List<ResolvedFix> fixes) throws IOException {
        g.writeArrayFieldStart("fixes");
        g.writeStartObject();
        g.writeArrayFieldStart("artifactChanges");
        g.writeStartObject();
        artifact(g, path);
        g.writeArrayFieldStart("replacements");
        for (ResolvedFix fix : fixes) {
            g.writeStartObject();
            region(g, "deletedRegion", fix.start(), fix.end());
            g.writeObjectFieldStart("insertedContent");
            g.writeStringField("text", fix.replacement());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void artifact(JsonGenerator g, String path) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(path));
        g.writeEndObject();
    }

    private static void region(JsonGenerator g, String name, Position start, Position end) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("startLine", start.line());
        g.writeNumberField("startColumn", start.column());
        g.writeNumberField("endLine", end.line());
        g.writeNumberField("endColumn", end.column());
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, String text) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * A path as a URI reference: relative paths stay relative (segments percent-encoded, so that a colon or a space
     * cannot make it something else); absolute paths, Unix or Windows, become {@code file:} URIs.
     */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        if (p.matches("[A-Za-z]:/.*")) {
            return "file:///" + p.substring(0, 2) + encode(p.substring(2));
        }
        if (p.startsWith("/")) {
            return "file://" + encode(p);
        }
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return encode(p);
    }

    private static String encode(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/!$&'()*+,;=@"
                    .indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return b.toString();
    }
}
