package dev.copydesk.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.cli.CliRunner;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium: the charts render, the filter in the address's fragment filters the
 * rows, hostile article text stays text, and a screenshot lands in {@code target/report-screenshot.png}. Skipped when
 * no Chromium is installed ({@code apt-get install chromium}; {@code .ci/run} installs it).
 */
class HtmlReportBrowserTest {

    private static final String HOSTILE_NAME = "x\"><img src=y onerror=alert(1)>.txt";
    private static final String HOSTILE = "<script>document.documentElement.setAttribute(\"data-pwned\", \"script\")"
            + "</script> The symptoms include:\nNobody knows why.\n\n"
            + "The full report \"><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\"> "
            + "is available here.\n";

    @TempDir
    static Path dir;

    private static Chromium chromium;
    private static Path page;
    private static JsonNode json;
    private static String hostilePath;

    @BeforeAll
    static void build() throws IOException {
        chromium = Chromium.find().orElse(null);
        Assumptions.assumeTrue(chromium != null, "Browser test skipped: no Chromium at /usr/bin/chromium or on the "
                + "PATH (install Debian's chromium: apt-get install chromium)");
        Path hostile = dir.resolve(HOSTILE_NAME);
        Files.writeString(hostile, HOSTILE, StandardCharsets.UTF_8);
        hostilePath = hostile.toString();
        page = dir.resolve("report.html");
        CliRunner.out("check", "--today=2026-11-25", "--format=html", "-o", page.toString(), "samples/",
                hostilePath);
        json = new ObjectMapper().readTree(CliRunner.out("check", "--today=2026-11-25", "--format=json", "samples/",
                hostilePath));
    }

    private static Document open(String fragment) throws IOException, InterruptedException {
        Document dom = Jsoup.parse(chromium.dumpDom(page.toUri() + fragment));
        assertThat(dom.selectFirst("html").attr("data-rendered")).as("the page's script ran").isEqualTo("true");
        assertThat(dom.selectFirst("html").hasAttr("data-pwned")).as("no article code ran").isFalse();
        assertThat(dom.select("img")).as("no article markup became elements").isEmpty();
        return dom;
    }

    private static int count(String rule, String severity, String pathPart) {
        int n = 0;
        for (JsonNode f : json.get("files")) {
            for (JsonNode d : f.get("findings")) {
                if ((rule == null || d.get("rule").asText().equals(rule))
                        && (severity == null || d.get("severity").asText().equals(severity))
                        && (pathPart == null || f.get("path").asText().contains(pathPart))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The file the report must rank first: most errors, then warnings, then infos, then by path. */
    private static String worstFile() {
        java.util.Comparator<JsonNode> worst = java.util.Comparator
                .<JsonNode>comparingInt(f -> -severities(f, "error"))
                .thenComparingInt(f -> -severities(f, "warning"))
                .thenComparingInt(f -> -severities(f, "info"))
                .thenComparing(f -> f.get("path").asText());
        java.util.List<JsonNode> files = new java.util.ArrayList<>();
        json.get("files").forEach(f -> {
            if (f.get("findings").size() > 0) {
                files.add(f);
            }
        });
        return files.stream().min(worst).orElseThrow().get("path").asText();
    }

    private static int severities(JsonNode file, String severity) {
        int n = 0;
        for (JsonNode d : file.get("findings")) {
            n += d.get("severity").asText().equals(severity) ? 1 : 0;
        }
        return n;
    }

    @Test
    void unfilteredPageShowsEveryFindingAndDrawsTheCharts() throws Exception {
        Document dom = open("");
        int total = count(null, null, null);
        assertThat(total).isPositive();
        assertThat(dom.select("#findings tbody tr.finding")).hasSize(total);
        assertThat(dom.selectFirst("#shown-count").text()).isEqualTo("Showing all " + total + " findings.");
        assertThat(dom.select("#totals button")).extracting(Element::text)
                .containsExactly(count(null, "error", null) + " errors", count(null, "warning", null) + " warnings",
                        count(null, "info", null) + " infos");

        assertThat(dom.select("#chart-severity g.bar-row")).hasSize(3);
        long severitiesFound = java.util.stream.Stream.of("error", "warning", "info")
                .filter(sev -> count(null, sev, null) > 0).count();
        assertThat(dom.select("#chart-severity rect.bar")).hasSize((int) severitiesFound);
        Set<String> rules = new HashSet<>();
        json.get("files").forEach(f -> f.get("findings").forEach(d -> rules.add(d.get("rule").asText())));
        assertThat(dom.select("#chart-rules g.bar-row")).hasSize(rules.size());
        int most = rules.stream().mapToInt(rule -> count(rule, null, null)).max().orElseThrow();
        assertThat(dom.select("#chart-rules g.bar-row").first().selectFirst("rect.bar").attr("data-count"))
                .isEqualTo(String.valueOf(most));
        int filesWithFindings = json.get("summary").get("filesWithFindings").asInt();
        assertThat(dom.select("#chart-files g.bar-row")).hasSize(filesWithFindings);
        for (Element rect : dom.select("svg.chart rect.bar")) {
            assertThat(Double.parseDouble(rect.attr("width"))).isGreaterThan(0);
        }
        assertThat(dom.select("#worst-files tbody tr")).hasSize(filesWithFindings);
        assertThat(dom.select("#worst-files tbody tr").first().attr("data-path")).isEqualTo(worstFile());
    }

    @Test
    void theFragmentFiltersRowsAndCharts() throws Exception {
        Document dom = open("#rule=missing-link&severity=warning");
        int expected = count("missing-link", "warning", null);
        assertThat(expected).isPositive();
        assertThat(dom.select("#findings tbody tr.finding")).hasSize(expected)
                .allSatisfy(tr -> {
                    assertThat(tr.attr("data-rule")).isEqualTo("missing-link");
                    assertThat(tr.attr("data-severity")).isEqualTo("warning");
                });
        assertThat(dom.selectFirst("#shown-count").text()).isEqualTo("Showing " + expected + " of " + count(null, null, null) + " findings.");
        assertThat(dom.select("#chart-rules g.bar-row")).hasSize(1);
        assertThat(dom.select("#chart-rules rect.bar")).hasSize(1);
        assertThat(dom.selectFirst("#chart-rules rect.bar").attr("data-count")).isEqualTo(String.valueOf(expected));
        assertThat(dom.select("#chart-severity rect.bar")).hasSize(1);
        assertThat(dom.selectFirst("#totals button.active").attr("data-severity")).isEqualTo("warning");

        Document none = open("#rule=no-such-rule");
        assertThat(none.select("#findings tbody tr.finding")).isEmpty();
        assertThat(none.selectFirst("#chart-rules text.empty").text()).isEqualTo("No findings");
    }

    @Test
    void hostileArticleTextIsShownAsText() throws Exception {
        Document dom = open("#path=" + URLEncoder.encode("onerror=alert", StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(dom.select("#findings tbody tr.finding")).hasSize(count(null, null, "onerror=alert"))
                .allSatisfy(tr -> assertThat(tr.attr("data-path")).isEqualTo(hostilePath));
        Element lead = dom.selectFirst("#findings tbody tr.finding[data-rule=lead-in-without-list]");
        assertThat(lead.selectFirst("code.excerpt").text())
                .startsWith("<script>document.documentElement.setAttribute(\"data-pwned\", \"script\")</script>");
        assertThat(lead.selectFirst("td.location").text()).isEqualTo(hostilePath + ":1:1");
        assertThat(dom.select("#findings script")).isEmpty();
        assertThat(dom.select("#worst-files tbody tr")).hasSize(1);
    }

    @Test
    void savesAScreenshot() throws Exception {
        Path png = Path.of("target/report-screenshot.png");
        chromium.screenshot(page.toUri() + "#severity=error", png, 1280, 1600);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(20_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
