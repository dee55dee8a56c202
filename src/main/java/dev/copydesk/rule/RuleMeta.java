package dev.copydesk.rule;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What every rule declares once: a stable kebab-case id (also its docs page {@code docs/rules/<id>.md}), its
 * default severity, a one-line summary, and a one-line help text saying why it matters and how to fix it.
 */
public record RuleMeta(String id, Severity severity, String summary, String help) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleMeta {
        Objects.requireNonNull(severity, "severity");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case: " + id);
        }
        if (summary == null || summary.isBlank() || help == null || help.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a summary and a help text");
        }
    }

    /** True if {@code id} has the form of a rule id. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The path of the rule's docs page, relative to the project root. */
    public String docsPath() {
        return "docs/rules/" + id + ".md";
    }
}
