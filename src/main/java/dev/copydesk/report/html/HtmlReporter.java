package dev.copydesk.report.html;

import dev.copydesk.report.Report;
import dev.copydesk.report.Reporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report for content managers: one self-contained HTML page (no external resources; it works offline from a
 * file) with totals by severity, charts of findings by rule and by file, the worst files, and every finding with its
 * excerpt, filterable by rule, severity and path. The initial filter can be given in the address's fragment, for
 * example {@code report.html#rule=missing-link&severity=warning}.
 *
 * <p>Article text never becomes markup: the findings travel as JSON in a {@code <script type="application/json">}
 * element with {@code <}, {@code >} and {@code &} escaped, and the page's script builds the DOM with
 * {@code textContent}. A Content-Security-Policy allows only the page's own script and style (by hash) and no
 * network access at all, so even a mistake in the page could not run injected code or load anything.
 */
public final class HtmlReporter implements Reporter {

    /** The title used when none is given. */
    public static final String DEFAULT_TITLE = "Copydesk report";

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z]+)\\}\\}");

    private final String title;

    public HtmlReporter(String title) {
        this.title = title;
    }

    public HtmlReporter() {
        this(DEFAULT_TITLE);
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        String style = resource("report.css");
        String script = resource("report.js");
        String csp = "default-src 'none'; script-src '" + sha256(script) + "'; style-src '" + sha256(style)
                + "'; img-src 'none'; base-uri 'none'; form-action 'none'";
        Map<String, String> slots = Map.of(
                "title", escape(title),
                "tool", escape("copydesk " + report.toolVersion()),
                "csp", csp,
                "style", style,
                "script", script,
                "data", PageData.json(report, title));
        out.write(fill(resource("report.html"), slots));
        out.flush();
    }

    /** Fills {@code {{name}}} slots in one pass, so that text filled in is never read as a slot itself. */
    static String fill(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        StringBuilder b = new StringBuilder(template.length() + 4096);
        int last = 0;
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("report template slot without a value: " + m.group());
            }
            b.append(template, last, m.start()).append(value);
            last = m.end();
        }
        return b.append(template, last, template.length()).toString();
    }

    /** Escapes text for HTML content and double-quoted attributes. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReporter.class.getResourceAsStream("/copydesk/report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /copydesk/report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
