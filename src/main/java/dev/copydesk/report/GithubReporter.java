package dev.copydesk.report;

import dev.copydesk.source.Position;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one line per finding, so that findings show up as annotations on the pull
 * request's files: {@code ::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE}, with
 * {@code warning} for warnings and {@code notice} for infos. Columns are given only when the finding starts and ends
 * on the same line, as GitHub requires (a finding that ends at the very start of a line ends on the line before). Values are escaped as GitHub's toolkit does: {@code %}, CR and LF everywhere, and {@code :} and
 * {@code ,} in properties. A file that could not be checked gets an error annotation of its own. The last line is
 * a plain summary.
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (FileReport f : report.files()) {
            if (f.error().isPresent()) {
                out.write("::error file=" + property(f.path()) + ",title=copydesk::"
                        + data("Not checked: " + f.error().get()) + "\n");
            }
            for (Diagnostic d : f.findings()) {
                out.write(command(f.path(), d));
                out.write('\n');
            }
        }
        out.write(summary(report.summary()));
        out.write('\n');
        out.flush();
    }

    /** The workflow command for one finding, without the line break. */
    static String command(String path, Diagnostic d) {
        Position start = d.start();
        Position end = d.end();
        StringBuilder b = new StringBuilder("::").append(level(d)).append(" file=").append(property(path))
                .append(",line=").append(start.line());
        if (end.line() == start.line()) {
            b.append(",col=").append(start.column()).append(",endLine=").append(end.line()).append(",endColumn=")
                    .append(end.column());
        } else {
            int endLine = end.column() == 1 ? end.line() - 1 : end.line();
            b.append(",endLine=").append(endLine);
        }
        return b.append(",title=").append(property(d.rule())).append("::").append(data(d.message())).toString();
    }

    private static String level(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command property's value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static String summary(Summary s) {
        String failed = s.filesWithErrors() > 0 ? ", " + s.filesWithErrors() + " not checked" : "";
        return "copydesk: " + s.files() + (s.files() == 1 ? " file" : " files") + " checked" + failed + ": "
                + s.errors() + (s.errors() == 1 ? " error, " : " errors, ") + s.warnings()
                + (s.warnings() == 1 ? " warning, " : " warnings, ") + s.infos() + (s.infos() == 1 ? " info" : " infos");
    }
}
