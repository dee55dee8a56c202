package dev.copydesk.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.report.Report;
import dev.copydesk.report.Reports;
import dev.copydesk.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Article text in the page is data, never markup: it cannot close the data element or add elements. */
class HtmlReporterTest {

    private static final String SCRIPT = "<script>document.documentElement.setAttribute('data-pwned','1')</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final String BREAK_OUT = "</script><script>alert(2)</script><!--";

    private static Report hostile() {
        return new Report("1.0", List.of(
                Reports.file("news/" + IMG + ".md",
                        Reports.finding("lead-in-without-list", Severity.ERROR, "Lead-in " + SCRIPT + " {{script}}",
                                1, 1, 1, 10, SCRIPT),
                        Reports.finding("missing-link", Severity.WARNING, BREAK_OUT + " \u2028 & more", 2, 1, 2, 5,
                                IMG)),
                Reports.file("clean.md")),
                List.of(Reports.MISSING_LINK, Reports.LEAD_IN));
    }

    private static String page(Report report, String title) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReporter(title).write(report, out);
        return out.toString();
    }

    @Test
    void hostileTextAddsNoElementsAndRoundTripsAsData() throws IOException {
        String html = page(hostile(), "Report " + IMG);
        assertThat(html).doesNotContain("<img").doesNotContain("<script>document").doesNotContain("<script>alert")
                .doesNotContain("<!--");

        Document doc = Jsoup.parse(html);
        Elements scripts = doc.select("script");
        assertThat(scripts).hasSize(2);
        assertThat(scripts.get(0).attr("type")).isEqualTo("application/json");
        assertThat(scripts.get(0).id()).isEqualTo("copydesk-data");
        assertThat(scripts.get(1).attributes().size()).isZero();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.title()).isEqualTo("Report " + IMG);
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Report " + IMG);

        String data = scripts.get(0).data();
        assertThat(data).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028")
                .contains("\\u003cscript\\u003e");
        JsonNode json = new ObjectMapper().readTree(data);
        assertThat(json.at("/files/0/path").asText()).isEqualTo("news/" + IMG + ".md");
        assertThat(json.at("/findings/0/message").asText()).isEqualTo("Lead-in " + SCRIPT + " {{script}}");
        assertThat(json.at("/findings/0/excerpt").asText()).isEqualTo(SCRIPT);
        assertThat(json.at("/findings/1/message").asText()).isEqualTo(BREAK_OUT + " \u2028 & more");
        assertThat(json.at("/findings/1/file").asInt()).isZero();
        assertThat(json.at("/title").asText()).isEqualTo("Report " + IMG);
    }

    @Test
    void onlyThePagesOwnScriptAndStyleMayRunAndNothingLoads() throws Exception {
        Document doc = Jsoup.parse(page(hostile(), HtmlReporter.DEFAULT_TITLE));
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        String script = doc.select("script").get(1).data();
        String style = doc.selectFirst("style").data();
        assertThat(csp).isEqualTo("default-src 'none'; script-src '" + sha256(script) + "'; style-src '"
                + sha256(style) + "'; img-src 'none'; base-uri 'none'; form-action 'none'");
        assertThat(doc.select("[src], link[href], [style]")).isEmpty();
        assertThat(script).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write").doesNotContain("eval(");
    }

    @Test
    void rulesCarryMetadataOrWhatTheFindingSays() throws IOException {
        Report report = new Report("1.0", List.of(Reports.file("a.md",
                Reports.finding("house-style", Severity.INFO, "m", 1, 1, 1, 2, "x"),
                Reports.finding("missing-link", Severity.WARNING, "m", 2, 1, 2, 2, "here"))),
                List.of(Reports.MISSING_LINK));
        JsonNode rules = new ObjectMapper().readTree(Jsoup.parse(page(report, "t")).selectFirst("#copydesk-data")
                .data()).get("rules");
        assertThat(rules.toString()).isEqualTo("[{\"id\":\"house-style\",\"severity\":null,\"summary\":null,"
                + "\"help\":\"Help for house-style.\",\"docs\":\"https://github.com/copydesk/copydesk/blob/main/docs/"
                + "rules/house-style.md\"},{\"id\":\"missing-link\",\"severity\":\"warning\",\"summary\":\"The text "
                + "points at a link that is not there.\",\"help\":\"Restore the link, or name the resource.\","
                + "\"docs\":\"https://github.com/copydesk/copydesk/blob/main/docs/rules/missing-link.md\"}]");
    }

    @Test
    void slotsAreFilledInOnePass() {
        assertThat(HtmlReporter.fill("<a>{{one}}</a><b>{{two}}</b>", Map.of("one", "{{two}}", "two", "2")))
                .isEqualTo("<a>{{two}}</a><b>2</b>");
        assertThat(HtmlReporter.escape("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }

    private static String sha256(String s) throws Exception {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(h);
    }

    @Test
    void theDataElementIsTheOnlyPlaceFindingsAppear() throws IOException {
        Element main = Jsoup.parse(page(hostile(), "t")).selectFirst("main");
        assertThat(main.text()).doesNotContain("alert").doesNotContain("pwned");
    }
}
