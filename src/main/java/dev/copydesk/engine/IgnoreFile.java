package dev.copydesk.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one {@code .copydeskignore}, read like a {@code .gitignore}: globs relative to the file's folder,
 * {@code #} comments, {@code !} to re-include, a trailing {@code /} for folders only; the last matching line wins.
 */
public final class IgnoreFile {

    /** The file name looked for in every folder walked. */
    public static final String FILE_NAME = ".copydeskignore";

    private record Line(Glob glob, boolean negated, boolean directoryOnly) {
    }

    private final List<Line> lines;

    private IgnoreFile(List<Line> lines) {
        this.lines = lines;
    }

    public static IgnoreFile parse(String text) {
        List<Line> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String s = raw.stripTrailing();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            boolean negated = s.startsWith("!");
            if (negated) {
                s = s.substring(1);
            }
            if (s.startsWith("\\#") || s.startsWith("\\!")) {
                s = s.substring(1);
            }
            boolean dirOnly = s.endsWith("/");
            lines.add(new Line(Glob.compile(s), negated, dirOnly));
        }
        return new IgnoreFile(lines);
    }

    /**
     * Whether this file says to ignore a path relative to its folder: {@code TRUE} or {@code FALSE} when some line
     * matches (the last one decides), {@code null} when none does.
     */
    public Boolean ignores(String relativePath, boolean isDirectory) {
        Boolean verdict = null;
        for (Line l : lines) {
            if (l.directoryOnly && !isDirectory) {
                // "build/" ignores the folder; files inside it are skipped with the folder.
                continue;
            }
            if (l.glob.matches(relativePath)) {
                verdict = !l.negated;
            }
        }
        return verdict;
    }
}
