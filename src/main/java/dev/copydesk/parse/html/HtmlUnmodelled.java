package dev.copydesk.parse.html;

import dev.copydesk.document.Unmodelled;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a page's article model leaves out: a stretch of the raw HTML holds content if it has text or media once
 * scripts, styles, templates, comments, tags and entities are dropped. Read on demand, only for the stretches a rule
 * asks about.
 */
final class HtmlUnmodelled implements Unmodelled {

    private static final Pattern MEDIA = Pattern.compile(
            "(?i)<(?:img|picture|video|audio|iframe|embed|object|svg|canvas|figure|table|form|ul|ol|dl|pre|blockquote)"
                    + "\\b");

    private final String source;

    HtmlUnmodelled(String source) {
        this.source = source;
    }

    @Override
    public boolean holdsContent(int start, int end) {
        return hasMarkupContent(source.substring(Math.max(0, start), Math.min(end, source.length())));
    }

    /**
     * True if a stretch of raw HTML holds text or media once scripts, styles, templates, comments, tags and entities
     * are dropped. One pass: an unclosed comment or script runs to the end, as in a browser, and a {@code <} with no
     * {@code >} after it is text, so no stretch is ever scanned twice.
     */
    static boolean hasMarkupContent(String html) {
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int close = html.indexOf("-->", i + 4);
                    if (close < 0) {
                        return false;
                    }
                    i = close + 3;
                    continue;
                }
                String raw = rawTextElement(html, i + 1);
                if (raw != null) {
                    i = closingTagEnd(html, i + 1 + raw.length(), raw);
                    if (i < 0) {
                        return false;
                    }
                    continue;
                }
                int gt = html.indexOf('>', i + 1);
                if (gt < 0) {
                    return true;
                }
                if (MEDIA.matcher(html).region(i, gt + 1).lookingAt()) {
                    return true;
                }
                i = gt + 1;
                continue;
            }
            if (c == '&') {
                int j = i + 1;
                while (j < n && isEntityChar(html.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < n && html.charAt(j) == ';') {
                    i = j + 1;
                    continue;
                }
            }
            if (!Character.isWhitespace(c)) {
                return true;
            }
            i++;
        }
        return false;
    }

    private static final List<String> RAW_TEXT_ELEMENTS = List.of("script", "style", "template");

    /** The raw-text element ({@code script}, {@code style}, {@code template}) whose name starts at {@code i}. */
    private static String rawTextElement(String html, int i) {
        for (String name : RAW_TEXT_ELEMENTS) {
            int end = i + name.length();
            if (html.regionMatches(true, i, name, 0, name.length())
                    && (end == html.length() || !isWordChar(html.charAt(end)))) {
                return name;
            }
        }
        return null;
    }

    /** The offset just past {@code </name\s*>} from {@code from} on, or -1 if the element is never closed. */
    private static int closingTagEnd(String html, int from, String name) {
        int k = from;
        while (true) {
            int lt = html.indexOf("</", k);
            if (lt < 0) {
                return -1;
            }
            int m = lt + 2 + name.length();
            if (html.regionMatches(true, lt + 2, name, 0, name.length())) {
                while (m < html.length() && Character.isWhitespace(html.charAt(m))) {
                    m++;
                }
                if (m < html.length() && html.charAt(m) == '>') {
                    return m + 1;
                }
            }
            k = lt + 2;
        }
    }

    private static boolean isEntityChar(char c) {
        return c == '#' || isWordChar(c);
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
