package dev.copydesk.config;

/** Where something is in a config or rule file: the path and a 1-based line and column. */
public record Location(String path, int line, int column) {

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
