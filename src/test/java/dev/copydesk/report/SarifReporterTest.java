package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.copydesk.cli.CliRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SARIF report follows the official SARIF 2.1.0 schema (shipped in the test resources) and says what it must. */
class SarifReporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static JsonNode sarif(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReporter().write(report, out);
        return MAPPER.readTree(out.toString());
    }

    @Test
    void samplesReportIsValidSarif() throws IOException {
        String out = CliRunner.out("check", "--today=2026-11-25", "--format=sarif", "samples/");
        JsonNode log = MAPPER.readTree(out);
        assertThat(schema.validate(log)).isEmpty();
        JsonNode summary = MAPPER.readTree(CliRunner.out("check", "--today=2026-11-25", "--format=json", "samples/"))
                .get("summary");
        int findings = summary.get("errors").asInt() + summary.get("warnings").asInt() + summary.get("infos").asInt();
        assertThat(findings).isPositive();
        assertThat(log.at("/runs/0/results").size()).isEqualTo(findings);
    }

    @Test
    void awkwardReportIsValidSarif() throws IOException {
        Set<ValidationMessage> problems = schema.validate(sarif(Reports.awkward()));
        assertThat(problems).isEmpty();
    }

    @Test
    void theSchemaCatchesABrokenLog() throws IOException {
        JsonNode log = sarif(Reports.awkward());
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/1/locations/0/physicalLocation"
                + "/region")).put("startLine", 0);
        assertThat(schema.validate(log)).hasSize(2);
    }

    @Test
    void rulesCarryIdsSummariesHelpAndDocsLinks() throws IOException {
        JsonNode rules = sarif(Reports.awkward()).at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactly("lead-in-without-list", "missing-link", "house-style");
        JsonNode lead = rules.get(0);
        assertThat(lead.at("/shortDescription/text").asText()).isEqualTo("A lead-in announces a list that is missing.");
        assertThat(lead.at("/fullDescription/text").asText()).isEqualTo("Restore the list, or rewrite the lead-in.");
        assertThat(lead.at("/helpUri").asText())
                .isEqualTo(RuleDocs.BASE_URL + "docs/rules/lead-in-without-list.md");
        assertThat(lead.at("/help/markdown").asText()).endsWith("[Documentation](" + RuleDocs.BASE_URL
                + "docs/rules/lead-in-without-list.md)");
        assertThat(lead.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        JsonNode unknown = rules.get(2);
        assertThat(unknown.has("shortDescription")).isFalse();
        assertThat(unknown.at("/fullDescription/text").asText()).isEqualTo("Help for house-style.");
        assertThat(unknown.has("defaultConfiguration")).isFalse();
    }

    @Test
    void resultsCarryRuleLevelMessageAndRegion() throws IOException {
        JsonNode run = sarif(Reports.awkward()).at("/runs/0");
        assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
        JsonNode results = run.get("results");
        assertThat(results.size()).isEqualTo(5);
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("lead-in-without-list");
        assertThat(first.get("ruleIndex").asInt()).isEqualTo(0);
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/message/text").asText()).startsWith("Lead-in \"<script>alert(1)</script>\":\r\n");
        JsonNode location = first.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("content/news,2024%3A%20a.md");
        assertThat(location.at("/region").toString())
                .isEqualTo("{\"startLine\":1,\"startColumn\":1,\"endLine\":2,\"endColumn\":5}");
        JsonNode fixed = results.get(1);
        assertThat(fixed.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(fixed.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText())
                .isEqualTo("the brochure");
        assertThat(fixed.at("/properties/data/count").asInt()).isEqualTo(2);
        assertThat(results.get(2).get("level").asText()).isEqualTo("note");
        assertThat(results.get(2).get("ruleIndex").asInt()).isEqualTo(2);
    }

    @Test
    void pathsBecomeUriReferences() {
        assertThat(SarifReporter.uri("content/a.md")).isEqualTo("content/a.md");
        assertThat(SarifReporter.uri("./content/a b.md")).isEqualTo("content/a%20b.md");
        assertThat(SarifReporter.uri("c:notes.md")).isEqualTo("c%3Anotes.md");
        assertThat(SarifReporter.uri("<stdin>")).isEqualTo("%3Cstdin%3E");
        assertThat(SarifReporter.uri("caf\u00e9/#1?.md")).isEqualTo("caf%C3%A9/%231%3F.md");
        assertThat(SarifReporter.uri("/srv/site/a.md")).isEqualTo("file:///srv/site/a.md");
        assertThat(SarifReporter.uri("C:\\site\\d.md")).isEqualTo("file:///C:/site/d.md");
    }

    @Test
    void filesThatCouldNotBeCheckedAreErrorNotifications() throws IOException {
        JsonNode invocation = sarif(Reports.awkward()).at("/runs/0/invocations/0");
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode n = invocation.at("/toolExecutionNotifications/0");
        assertThat(n.get("level").asText()).isEqualTo("error");
        assertThat(n.at("/message/text").asText()).isEqualTo("Not checked: invalid UTF-8 (byte 0xE9 at offset 3)");
        assertThat(n.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("broken.txt");
    }
}
