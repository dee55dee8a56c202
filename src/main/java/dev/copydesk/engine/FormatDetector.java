package dev.copydesk.engine;

import dev.copydesk.document.Format;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides a file's format from its extension, or, for other names (standard input without a name, say), from its
 * first few kilobytes: markup that opens like HTML is HTML, Markdown headings, fences or links make Markdown, the
 * rest is plain text.
 */
public final class FormatDetector {

    private static final int SNIFF_CHARS = 4096;
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<!doctype html|<html|<head|<body|<article|<main|<div|<section|<p[\\s>]|<h[1-6][\\s>]|<!--)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^(?:#{1,6}\\s|```|~~~|---\\s*$|\\s{0,3}[-*+]\\s+\\S|\\s{0,3}\\d+\\.\\s+\\S|>\\s)|\\]\\([^)\\s]+\\)");

    private FormatDetector() {
    }

    /** The format named by a file's extension, if it names one. */
    public static Optional<Format> byName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "md", "markdown", "mdx", "mkd", "mdown" -> Optional.of(Format.MARKDOWN);
            case "html", "htm", "xhtml" -> Optional.of(Format.HTML);
            case "txt", "text" -> Optional.of(Format.TEXT);
            default -> Optional.empty();
        };
    }

    /** The format of a file: by its name, else by its content. */
    public static Format detect(String path, String text) {
        return byName(path).orElseGet(() -> sniff(text));
    }

    static Format sniff(String text) {
        String head = text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text;
        if (HTML_START.matcher(head).find()) {
            return Format.HTML;
        }
        return MARKDOWN_SIGNS.matcher(head).find() ? Format.MARKDOWN : Format.TEXT;
    }
}
