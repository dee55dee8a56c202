package dev.copydesk.engine;

import dev.copydesk.report.Diagnostic;
import dev.copydesk.report.ResolvedFix;
import dev.copydesk.report.Snippet;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Fix;
import dev.copydesk.rule.Severity;
import dev.copydesk.source.LineMap;
import dev.copydesk.source.Position;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns findings (spans) into diagnostics (lines, columns, excerpt and source line), once per finding. */
final class Diagnostics {

    private static final int MAX_EXCERPT = 200;
    private static final int SNIPPET_WIDTH = 160;
    private static final int SNIPPET_LEAD = 60;

    private Diagnostics() {
    }

    static Diagnostic resolve(SourceFile source, String rule, Severity severity, String help, Finding f) {
        LineMap lines = source.lines();
        Span span = f.span();
        List<ResolvedFix> fixes = new ArrayList<>(f.fixes().size());
        for (Fix fix : f.fixes()) {
            fixes.add(new ResolvedFix(lines.position(fix.span().start()), lines.position(fix.span().end()),
                    fix.replacement()));
        }
        return new Diagnostic(rule, severity, f.message(), lines.position(span.start()), lines.position(span.end()),
                excerpt(source.text(), span), help, fixes, f.data(), snippet(source, span));
    }

    /** A diagnostic that is not about the article but about a rule that failed on it. */
    static Diagnostic internal(SourceFile source, String rule, String message) {
        Position start = new Position(1, 1);
        return new Diagnostic(rule, Severity.ERROR, message, start, start, "", "This is a bug in Copydesk: please "
                + "report it with the file that triggers it.", List.of(), Map.of(),
                snippet(source, Span.at(0)));
    }

    private static String excerpt(String text, Span span) {
        int end = Math.min(span.end(), span.start() + MAX_EXCERPT * 2);
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (int i = span.start(); i < end && b.length() < MAX_EXCERPT; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        if (b.length() >= MAX_EXCERPT || end < span.end()) {
            if (Character.isHighSurrogate(b.charAt(b.length() - 1))) {
                b.setLength(b.length() - 1);
            }
            b.append('…');
        }
        return b.toString();
    }

    private static Snippet snippet(SourceFile source, Span span) {
        LineMap lines = source.lines();
        String text = source.text();
        int line = lines.line(span.start());
        int lineStart = lines.lineStart(line);
        int lineEnd = lines.lineEnd(line);
        int markStart = Math.min(span.start(), lineEnd);
        int markEnd = Math.max(markStart, Math.min(span.end(), lineEnd));
        int from = lineStart;
        int to = lineEnd;
        if (to - from > SNIPPET_WIDTH) {
            from = Math.max(lineStart, markStart - SNIPPET_LEAD);
            to = Math.min(lineEnd, from + SNIPPET_WIDTH);
            if (from > lineStart && Character.isLowSurrogate(text.charAt(from))) {
                from++;
            }
            if (to < lineEnd && Character.isLowSurrogate(text.charAt(to))) {
                to++;
            }
            markEnd = Math.min(markEnd, to);
        }
        int firstColumn = lines.position(from).column();
        int ms = text.codePointCount(from, markStart) + 1;
        int me = ms + text.codePointCount(markStart, markEnd);
        return new Snippet(line, firstColumn, text.substring(from, to), ms, me);
    }
}
