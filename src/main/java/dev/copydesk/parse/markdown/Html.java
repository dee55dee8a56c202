package dev.copydesk.parse.markdown;

import dev.copydesk.document.Directive;
import dev.copydesk.source.Span;
import java.util.List;

/**
 * Just enough HTML reading for Markdown: comments (which may be directives), tag names and one attribute value.
 * Works on ranges of the source text, so nothing is copied unless a value is returned.
 */
final class Html {

    /** What an HTML block holds besides comments. */
    enum Content { NOTHING, MARKUP, MEDIA }

    private static final String[] MEDIA_TAGS = {
        "img", "figure", "iframe", "video", "audio", "embed", "object", "picture", "svg"
    };

    private Html() {
    }

    /**
     * Scans the HTML in {@code [from, to)}: adds its {@code copydesk-…} comments to {@code directives} and tells
     * whether anything but comments and whitespace is left, and if so whether it embeds media.
     */
    static Content scanBlock(String text, int from, int to, List<Directive> directives) {
        Content content = Content.NOTHING;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '<' && text.startsWith("<!--", i)) {
                int close = indexOf(text, "-->", i + 4, to);
                if (close < 0) {
                    // An unclosed comment hides the rest of the block, as in a browser.
                    return content;
                }
                comment(text, i, close + 3, directives);
                i = close + 3;
            } else if (c == '<' && isMediaTag(text, i, to)) {
                content = Content.MEDIA;
                i++;
            } else {
                if (!Character.isWhitespace(c) && content == Content.NOTHING) {
                    content = Content.MARKUP;
                }
                i++;
            }
        }
        return content;
    }

    /** Adds the directive in the comment {@code [start, end)} ({@code <!--} to {@code -->}), if it is one. */
    static void comment(String text, int start, int end, List<Directive> directives) {
        if (end - start >= 7 && text.startsWith("<!--", start) && text.startsWith("-->", end - 3)) {
            Directive.parse(text.substring(start + 4, end - 3), new Span(start, end)).ifPresent(directives::add);
        }
    }

    /** True if a tag named {@code name} opens at {@code lt}, the index of its {@code <}. */
    static boolean isOpeningTag(String text, int lt, int to, String name) {
        int end = nameEnd(text, lt + 1, to);
        return end - lt - 1 == name.length() && text.regionMatches(true, lt + 1, name, 0, name.length());
    }

    /** True if a tag named {@code name} closes at {@code lt}, the index of its {@code <}. */
    static boolean isClosingTag(String text, int lt, int to, String name) {
        return lt + 1 < to && text.charAt(lt + 1) == '/' && isOpeningTag(text, lt + 1, to, name);
    }

    /**
     * The value of attribute {@code name} in the opening tag {@code [lt, to)}, quotes removed; {@code ""} when the
     * tag lacks it.
     */
    static String attribute(String text, int lt, int to, String name) {
        int i = nameEnd(text, lt + 1, to);
        while (i < to) {
            while (i < to && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < to && isAttributeNameChar(text.charAt(i))) {
                i++;
            }
            if (i == nameStart) {
                return "";
            }
            int nameStop = i;
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int valueStart = i;
            int valueEnd = i;
            if (i < to && text.charAt(i) == '=') {
                i++;
                while (i < to && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                char q = i < to ? text.charAt(i) : ' ';
                if (q == '"' || q == '\'') {
                    int close = indexOf(text, String.valueOf(q), i + 1, to);
                    valueStart = i + 1;
                    valueEnd = close < 0 ? to : close;
                    i = valueEnd + 1;
                } else {
                    valueStart = i;
                    while (i < to && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>') {
                        i++;
                    }
                    valueEnd = i;
                }
            }
            if (nameStop - nameStart == name.length() && text.regionMatches(true, nameStart, name, 0, name.length())) {
                return text.substring(valueStart, valueEnd);
            }
        }
        return "";
    }

    /** True if the tag opening at {@code lt} embeds media (an image, video, iframe…). */
    static boolean isMediaTag(String text, int lt, int to) {
        for (String tag : MEDIA_TAGS) {
            if (isOpeningTag(text, lt, to, tag)) {
                return true;
            }
        }
        return false;
    }

    /** The first index of {@code s} in {@code text} within {@code [from, to)}, or -1. */
    private static int indexOf(String text, String s, int from, int to) {
        for (int i = from; i + s.length() <= to; i++) {
            if (text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int nameEnd(String text, int from, int to) {
        int i = from;
        while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || (i > from && text.charAt(i) == '-'))) {
            i++;
        }
        return i;
    }

    private static boolean isAttributeNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
    }
}
