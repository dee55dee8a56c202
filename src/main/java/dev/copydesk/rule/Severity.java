package dev.copydesk.rule;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; the order is from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in config files and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True if this is as serious as {@code other} or more. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code info}, ignoring case. */
    public static Optional<Severity> parse(String s) {
        for (Severity v : values()) {
            if (v.id().equalsIgnoreCase(s.trim())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
