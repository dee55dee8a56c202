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
    /** What a matching path must start with (the glob's leading literal text, when it is anchored), or "". */
    private final String prefix;
    /** What a matching path must contain (the glob's longest run of literal text), or "". */
    private final String needle;

    private Glob(String source, Pattern pattern, String prefix, String needle) {
        this.source = source;
        this.pattern = pattern;
        this.prefix = prefix;
        this.needle = needle;
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
        // Runs of literal text, each of which a matching path contains as it is: paths that lack one are rejected
        // before the regex runs, which with many globs (a long exclude list, per-file overrides) is most of them.
        Runs runs = new Runs();
        int n = g.length();
        for (int i = 0; i < n; i++) {
            char c = g.charAt(i);
            if (c != '*' && c != '?' && c != '[' && c != '\\') {
                runs.add(c, i);
                re.append(Pattern.quote(String.valueOf(c)));
                continue;
            }
            runs.end();
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
            } else if (i + 1 < n) {
                re.append(Pattern.quote(String.valueOf(g.charAt(++i))));
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        runs.end();
        // A pattern naming a folder also matches everything inside it.
        re.append("(?:/.*)?");
        return new Glob(glob, Pattern.compile(re.toString()), anchored ? runs.leading : "", runs.longest);
    }

    /** The runs of literal chars of a glob, as it is read: the one at its start, and the longest. */
    private static final class Runs {
        private final StringBuilder run = new StringBuilder();
        private int start = -1;
        private String leading = "";
        private String longest = "";

        void add(char c, int at) {
            if (run.length() == 0) {
                start = at;
            }
            run.append(c);
        }

        void end() {
            if (run.length() > 0) {
                if (start == 0) {
                    leading = run.toString();
                }
                if (run.length() > longest.length()) {
                    longest = run.toString();
                }
                run.setLength(0);
            }
        }
    }

    /** True if the relative path (with {@code /} separators, no leading {@code ./}) matches. */
    public boolean matches(String relativePath) {
        return relativePath.startsWith(prefix) && relativePath.contains(needle)
                && pattern.matcher(relativePath).matches();
    }

    /** The regular expression the glob compiles to; {@link #matches} gives its answer, faster. */
    Pattern pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return source;
    }
}
