package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Location;

/**
 * A rule's message: {@code %s} stands for the match (or what the rule measured), {@code %r} for a substitution's
 * replacement, {@code %%} for a percent sign.
 */
record Template(String text) {

    /** Checks the placeholders; {@code replacement} allows {@code %r}. */
    static Template of(String text, Location location, boolean replacement) throws ConfigException {
        if (text.isBlank()) {
            throw new ConfigException(location, "message must not be empty");
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '%') {
                continue;
            }
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (next == 's' || next == '%' || (next == 'r' && replacement)) {
                i++;
                continue;
            }
            throw new ConfigException(location, "message has an unknown placeholder \"%" + (next == ' ' ? "" : next)
                    + "\" (use %s for the match" + (replacement ? ", %r for the replacement" : "")
                    + ", %% for a percent sign)");
        }
        return new Template(text);
    }

    String format(String match) {
        return format(match, "");
    }

    String format(String match, String replacement) {
        StringBuilder b = new StringBuilder(text.length() + match.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == '%' && (next == 's' || next == 'r' || next == '%')) {
                b.append(next == 's' ? match : next == 'r' ? replacement : "%");
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
