package dev.copydesk.engine;

import java.util.regex.Pattern;

/**
 * A gitignore-style glob over {@code /}-separated relative paths: {@code *} and {@code ?} stay within one path
 * segment, {@code **} spans segments, {@code [abc]} is a character class. A glob without a {@code /} (other than a
 * trailing one) matches a file or folder name at any depth; a leading {@code /} anchors it to the base folder.
 */
public final class Glob {

    private final Pattern pattern;
    private final String source;

    private Glob(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    public static Glob compile(String glob) {
        String g = glob.strip();
        boolean anchored = g.startsWith("/");
        if (anchored) {
            g = g.substring(1);
        }
        if (g.startsWith("./")) {
            g = g.substring(2);
            anchored = true;
        }
        if (g.endsWith("/")) {
            g = g.substring(0, g.length() - 1);
        }
        if (g.contains("/")) {
            anchored = true;
        }
        StringBuilder re = new StringBuilder(anchored ? "" : "(?:.*/)?");
        int n = g.length();
        for (int i = 0; i < n; i++) {
            char c = g.charAt(i);
            if (c == '*') {
                boolean dbl = i + 1 < n && g.charAt(i + 1) == '*';
                if (dbl) {
                    boolean slashAfter = i + 2 < n && g.charAt(i + 2) == '/';
                    boolean atSegmentStart = i == 0 || g.charAt(i - 1) == '/';
                    if (atSegmentStart && slashAfter) {
                        re.append("(?:.*/)?");
                        i += 2;
                    } else {
                        re.append(".*");
                        i += 1;
                    }
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = g.indexOf(']', i + 1);
                if (close < 0) {
                    re.append("\\[");
                } else {
                    String cls = g.substring(i + 1, close).replace("\\", "\\\\");
                    if (cls.startsWith("!")) {
                        cls = "^" + cls.substring(1);
                    }
                    re.append('[').append(cls).append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < n) {
                re.append(Pattern.quote(String.valueOf(g.charAt(++i))));
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // A pattern naming a folder also matches everything inside it.
        re.append("(?:/.*)?");
        return new Glob(glob, Pattern.compile(re.toString()));
    }

    /** True if the relative path (with {@code /} separators, no leading {@code ./}) matches. */
    public boolean matches(String relativePath) {
        return pattern.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return source;
    }
}
