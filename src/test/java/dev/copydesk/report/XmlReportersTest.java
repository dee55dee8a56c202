package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** JUnit and Checkstyle XML: well-formed whatever the article holds, with the right counts and attributes. */
class XmlReportersTest {

    private static Document parse(Reporter reporter, Report report) throws Exception {
        StringWriter out = new StringWriter();
        reporter.write(report, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(out.toString())));
    }

    private static Element only(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        assertThat(list.getLength()).as(tag).isEqualTo(1);
        return (Element) list.item(0);
    }

    @Test
    void junitHasOneSuitePerFileAndOneFailedCasePerFinding() throws Exception {
        Element root = parse(new JunitReporter(), Reports.awkward()).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("7");
        assertThat(root.getAttribute("failures")).isEqualTo("5");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(5);

        Element first = (Element) suites.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("content/news,2024: a.md");
        assertThat(first.getAttribute("tests")).isEqualTo("3");
        assertThat(first.getAttribute("failures")).isEqualTo("3");
        Element lead = (Element) first.getElementsByTagName("testcase").item(0);
        assertThat(lead.getAttribute("name")).isEqualTo("lead-in-without-list at 1:1");
        Element failure = only(lead, "failure");
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message"))
                .isEqualTo("Lead-in \"<script>alert(1)</script>\":\r\nthen prose, 50% of it.");
        assertThat(failure.getTextContent()).startsWith("content/news,2024: a.md:1:1: error: Lead-in")
                .contains("Excerpt: <script>alert(1)</script>\n")
                .contains("Help: Help for lead-in-without-list.\n")
                .endsWith("Docs: " + RuleDocs.BASE_URL + "docs/rules/lead-in-without-list.md\n");
        Element bell = (Element) first.getElementsByTagName("testcase").item(2);
        assertThat(only(bell, "failure").getAttribute("message")).startsWith("Bell \uFFFD and emoji \uD83D\uDE00");

        Element clean = (Element) suites.item(2);
        assertThat(clean.getAttribute("name")).isEqualTo("/abs/site/b c.md");
        assertThat(clean.getAttribute("tests")).isEqualTo("1");
        assertThat(clean.getAttribute("failures")).isEqualTo("0");
        assertThat(only(clean, "testcase").getChildNodes().getLength()).isZero();

        Element broken = (Element) suites.item(4);
        assertThat(broken.getAttribute("errors")).isEqualTo("1");
        assertThat(only(broken, "error").getAttribute("message"))
                .isEqualTo("Not checked: invalid UTF-8 (byte 0xE9 at offset 3)");
    }

    @Test
    void checkstyleHasOneFilePerCheckedFileAndOneErrorPerFinding() throws Exception {
        Element root = parse(new CheckstyleReporter(), Reports.awkward()).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("checkstyle");
        NodeList files = root.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(5);
        Element first = (Element) files.item(0);
        NodeList errors = first.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(3);
        Element lead = (Element) errors.item(0);
        assertThat(lead.getAttribute("line")).isEqualTo("1");
        assertThat(lead.getAttribute("column")).isEqualTo("1");
        assertThat(lead.getAttribute("severity")).isEqualTo("error");
        assertThat(lead.getAttribute("source")).isEqualTo("copydesk.lead-in-without-list");
        assertThat(lead.getAttribute("message")).isEqualTo("Lead-in \"<script>alert(1)</script>\":\r\nthen prose, 50% of it.");
        assertThat(((Element) errors.item(2)).getAttribute("severity")).isEqualTo("info");
        assertThat(((Element) files.item(2)).getElementsByTagName("error").getLength()).isZero();
        Element broken = only((Element) files.item(4), "error");
        assertThat(broken.getAttribute("source")).isEqualTo("copydesk.input");
        assertThat(broken.getAttribute("line")).isEqualTo("1");
    }

    @Test
    void escapingKeepsTextAndReplacesWhatXmlForbids() {
        assertThat(Xml.attr("a<b>&\"c\"\n\t")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#10;&#9;");
        assertThat(Xml.text("a<b>&\"c\"\n")).isEqualTo("a&lt;b&gt;&amp;\"c\"\n");
        assertThat(Xml.text("x\u0000y\u001Fz\uFFFE")).isEqualTo("x\uFFFDy\uFFFDz\uFFFD");
        assertThat(Xml.text("lone \uD800 high, pair \uD83D\uDE00")).isEqualTo("lone \uFFFD high, pair \uD83D\uDE00");
        assertThat(Xml.text("\uDC00 lone low")).isEqualTo("\uFFFD lone low");
    }
}
