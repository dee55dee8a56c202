package dev.copydesk.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Checkstyle XML, which many CI servers and code-review bots read: one {@code <file>} per checked file (clean ones
 * too), one {@code <error>} per finding with its line, column, severity, message and {@code source}
 * {@code copydesk.<rule-id>}. A file that could not be checked gets one error at line 1 with source
 * {@code copydesk.input}.
 */
public final class CheckstyleReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write(Xml.DECLARATION);
        out.write("<checkstyle version=\"4.3\">\n");
        for (FileReport f : report.files()) {
            if (f.findings().isEmpty() && f.error().isEmpty()) {
                out.write("  <file name=\"" + Xml.attr(f.path()) + "\"/>\n");
                continue;
            }
            out.write("  <file name=\"" + Xml.attr(f.path()) + "\">\n");
            if (f.error().isPresent()) {
                out.write("    <error line=\"1\" severity=\"error\" message=\"" + Xml.attr("Not checked: "
                        + f.error().get()) + "\" source=\"copydesk.input\"/>\n");
            }
            for (Diagnostic d : f.findings()) {
                out.write("    <error line=\"" + d.start().line() + "\" column=\"" + d.start().column()
                        + "\" severity=\"" + d.severity().id() + "\" message=\"" + Xml.attr(d.message())
                        + "\" source=\"copydesk." + Xml.attr(d.rule()) + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
        out.flush();
    }
}
