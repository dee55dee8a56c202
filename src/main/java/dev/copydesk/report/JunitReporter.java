package dev.copydesk.report;

import java.io.IOException;
import java.io.Writer;

/**
 * JUnit XML, for CI servers that show test results: one {@code <testsuite>} per checked file, named by its path,
 * with one failed {@code <testcase>} per finding (named {@code rule-id at line:column}). A clean file gets one
 * passing test case so that it shows up as passed; a file that could not be checked gets one test case in error.
 * No timings are written, so the same findings give the same bytes.
 */
public final class JunitReporter implements Reporter {

    /** The name of the single test case of a file without findings, or of one that could not be checked. */
    static final String FILE_CASE = "copydesk";

    @Override
    public void write(Report report, Writer out) throws IOException {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (FileReport f : report.files()) {
            tests += cases(f);
            failures += f.findings().size();
            errors += f.error().isPresent() ? 1 : 0;
        }
        out.write(Xml.DECLARATION);
        out.write("<testsuites name=\"copydesk\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\""
                + errors + "\">\n");
        for (FileReport f : report.files()) {
            writeSuite(out, f);
        }
        out.write("</testsuites>\n");
        out.flush();
    }

    private static int cases(FileReport f) {
        return f.findings().size() + (f.findings().isEmpty() || f.error().isPresent() ? 1 : 0);
    }

    private static void writeSuite(Writer out, FileReport f) throws IOException {
        String path = Xml.attr(f.path());
        out.write("  <testsuite name=\"" + path + "\" tests=\"" + cases(f) + "\" failures=\""
                + f.findings().size() + "\" errors=\"" + (f.error().isPresent() ? 1 : 0) + "\" skipped=\"0\">\n");
        if (f.error().isPresent()) {
            out.write("    <testcase classname=\"" + path + "\" name=\"" + FILE_CASE + "\">\n");
            out.write("      <error message=\"" + Xml.attr("Not checked: " + f.error().get()) + "\" type=\"input\"/>\n");
            out.write("    </testcase>\n");
        } else if (f.findings().isEmpty()) {
            out.write("    <testcase classname=\"" + path + "\" name=\"" + FILE_CASE + "\"/>\n");
        }
        for (Diagnostic d : f.findings()) {
            out.write("    <testcase classname=\"" + path + "\" name=\"" + Xml.attr(d.rule() + " at " + d.start())
                    + "\">\n");
            out.write("      <failure message=\"" + Xml.attr(d.message()) + "\" type=\"" + d.severity().id() + "\">");
            out.write(Xml.text(details(f.path(), d)));
            out.write("</failure>\n");
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
    }

    private static String details(String path, Diagnostic d) {
        StringBuilder b = new StringBuilder();
        b.append(path).append(':').append(d.start()).append(": ").append(d.severity().id()).append(": ")
                .append(d.message()).append(" [").append(d.rule()).append("]\n");
        if (!d.excerpt().isEmpty()) {
            b.append("Excerpt: ").append(d.excerpt()).append('\n');
        }
        b.append("Help: ").append(d.help()).append('\n');
        RuleDocs.url(d.rule()).ifPresent(u -> b.append("Docs: ").append(u).append('\n'));
        return b.toString();
    }
}
