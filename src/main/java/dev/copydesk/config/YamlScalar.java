package dev.copydesk.config;

import java.util.Locale;

/** A YAML scalar as written (numbers and booleans keep their text); {@code null} for an empty value. */
public record YamlScalar(Location location, String value) implements YamlNode {

    public boolean isNull() {
        return value == null;
    }

    @Override
    public String kind() {
        return isNull() ? "an empty value" : "a value";
    }

    public String asString(String what) throws ConfigException {
        if (value == null) {
            throw new ConfigException(location, what + " must not be empty");
        }
        return value;
    }

    public int asInt(String what) throws ConfigException {
        try {
            return Integer.parseInt(asString(what).trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(location, what + " must be a whole number, not \"" + value + "\"");
        }
    }

    public double asDouble(String what) throws ConfigException {
        try {
            return Double.parseDouble(asString(what).trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(location, what + " must be a number, not \"" + value + "\"");
        }
    }

    public boolean asBoolean(String what) throws ConfigException {
        String v = asString(what).trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ConfigException(location, what + " must be true or false, not \"" + value + "\"");
        };
    }
}
