package dev.copydesk.config;

import java.nio.file.Path;

/** A folder of YAML rules named in a config file or on the command line, and how messages name it. */
public record RuleFolder(Path path, String display) {
}
