package dev.copydesk.config;

/**
 * A YAML value that remembers where it was written, so that every mistake in a config or rule file can be
 * reported at its line and column.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    Location location();

    /** A short name of the node's kind for error messages: "a mapping", "a list", "a string"... */
    String kind();

    /** This node as a mapping, or an error naming {@code what} was expected. */
    default YamlMap asMap(String what) throws ConfigException {
        if (this instanceof YamlMap m) {
            return m;
        }
        throw new ConfigException(location(), what + " must be a mapping, not " + kind());
    }

    /** This node as a scalar, or an error naming {@code what} was expected. */
    default YamlScalar asScalar(String what) throws ConfigException {
        if (this instanceof YamlScalar s && !s.isNull()) {
            return s;
        }
        throw new ConfigException(location(), what + " must be a single value, not " + kind());
    }
}
