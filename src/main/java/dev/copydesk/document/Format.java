package dev.copydesk.document;

import java.util.Locale;

/** The input formats Copydesk parses. */
public enum Format {
    MARKDOWN, HTML, TEXT;

    /** The lower-case name used in reports and options. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
