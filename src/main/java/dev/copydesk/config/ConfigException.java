package dev.copydesk.config;

import dev.copydesk.source.InputException;

/** A mistake in a config or rule file, reported as {@code path:line:column: message}. */
public class ConfigException extends InputException {

    private final Location location;

    public ConfigException(Location location, String message) {
        super(location.path(), message);
        this.location = location;
    }

    public Location location() {
        return location;
    }

    @Override
    public String oneLine() {
        return location + ": " + getMessage();
    }
}
