package dev.copydesk.rule.yaml;

import dev.copydesk.config.Location;

/** A value from a rule file with its place there, for error messages. */
record Located(String value, Location location) {
}
