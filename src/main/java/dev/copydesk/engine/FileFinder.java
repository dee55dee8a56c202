package dev.copydesk.engine;

import dev.copydesk.report.FileReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the paths given on the command line into the files to check.
 *
 * <p>A file named explicitly is always checked. A folder is walked recursively (following symbolic links, loops
 * reported), skipping hidden entries and whatever {@code .copydeskignore} files in the walked folders say; a file
 * found by the walk is checked if it has a default extension ({@code .md .markdown .html .htm .txt}) or, when
 * include globs are given, if it matches one of them. Exclude globs always apply. A glob matches if it matches the
 * path relative to the folder given or the path as shown; a glob without {@code /} matches the file name.
 */
public final class FileFinder {

    /** Extensions checked by default when walking folders. */
    public static final Set<String> DEFAULT_EXTENSIONS = Set.of("md", "markdown", "html", "htm", "txt");

    private final List<Glob> include;
    private final List<Glob> exclude;

    public FileFinder(List<String> include, List<String> exclude) {
        this.include = include.stream().map(Glob::compile).toList();
        this.exclude = exclude.stream().map(Glob::compile).toList();
    }

    /** The files found, sorted by display path, and one failed report per path that could not be walked. */
    public record Result(List<InputFile> files, List<FileReport> failures) {
    }

    public Result find(List<String> arguments) {
        List<InputFile> files = new ArrayList<>();
        List<FileReport> failures = new ArrayList<>();
        for (String arg : arguments) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                walk(p, displayBase(arg), files, failures);
            } else if (Files.isRegularFile(p)) {
                files.add(InputFile.of(p, clean(arg)));
            } else if (Files.exists(p)) {
                failures.add(FileReport.failed(clean(arg), "not a regular file or folder"));
            } else {
                failures.add(FileReport.failed(clean(arg), "no such file or folder"));
            }
        }
        files.sort(Comparator.comparing(InputFile::displayPath));
        return new Result(dedupe(files), failures);
    }

    private void walk(Path root, String base, List<InputFile> files, List<FileReport> failures) {
        Deque<Scope> ignores = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root)) {
                                String rel = relative(root, dir);
                                if (isHidden(dir) || ignored(ignores, dir, true)
                                        || excluded(rel, join(base, rel))) {
                                    return FileVisitResult.SKIP_SUBTREE;
                                }
                            }
                            Path ignoreFile = dir.resolve(IgnoreFile.FILE_NAME);
                            IgnoreFile rules = null;
                            if (Files.isRegularFile(ignoreFile)) {
                                try {
                                    rules = IgnoreFile.parse(Files.readString(ignoreFile, StandardCharsets.UTF_8));
                                } catch (IOException e) {
                                    failures.add(FileReport.failed(join(base, relative(root, ignoreFile)),
                                            "cannot read ignore file: " + e.getMessage()));
                                }
                            }
                            ignores.push(new Scope(dir, rules));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            ignores.pop();
                            if (e != null) {
                                failures.add(FileReport.failed(join(base, relative(root, dir)), reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (isHidden(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            String rel = relative(root, file);
                            String display = join(base, rel);
                            if (attrs.isSymbolicLink()) {
                                // A link the walk could not follow: one to itself, in a loop, or to nothing.
                                if (wanted(file, rel, display) && !ignored(ignores, file, false)) {
                                    failures.add(FileReport.failed(display, unfollowable(file)));
                                }
                                return FileVisitResult.CONTINUE;
                            }
                            if (!attrs.isRegularFile()) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (wanted(file, rel, display) && !ignored(ignores, file, false)) {
                                files.add(InputFile.of(file, display));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String display = join(base, relative(root, file));
                            if (e instanceof FileSystemLoopException) {
                                failures.add(FileReport.failed(display, "symbolic link loop, not followed"));
                            } else if (Files.isDirectory(file) || hasDefaultExtension(file)) {
                                failures.add(FileReport.failed(display, reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            failures.add(FileReport.failed(base.isEmpty() ? "." : base, reason(e)));
        }
    }

    private boolean wanted(Path file, String rel, String display) {
        boolean in = include.isEmpty() ? hasDefaultExtension(file) : matchesAny(include, rel, display);
        return in && !excluded(rel, display);
    }

    private boolean excluded(String rel, String display) {
        return matchesAny(exclude, rel, display);
    }

    private static boolean matchesAny(List<Glob> globs, String rel, String display) {
        for (Glob g : globs) {
            if (g.matches(rel) || g.matches(display)) {
                return true;
            }
        }
        return false;
    }

    /** True if the ignore files of the enclosing folders, innermost last, ignore {@code path}. */
    private static boolean ignored(Deque<Scope> scopes, Path path, boolean isDirectory) {
        Boolean verdict = null;
        // Iterate outermost first so the innermost file's verdict wins.
        var it = scopes.descendingIterator();
        while (it.hasNext()) {
            Scope s = it.next();
            if (s.rules == null) {
                continue;
            }
            Boolean v = s.rules.ignores(relative(s.dir, path), isDirectory);
            if (v != null) {
                verdict = v;
            }
        }
        return Boolean.TRUE.equals(verdict);
    }

    private record Scope(Path dir, IgnoreFile rules) {
    }

    static boolean hasDefaultExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && DEFAULT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static String displayBase(String arg) {
        String a = clean(arg);
        while (a.endsWith("/") && a.length() > 1) {
            a = a.substring(0, a.length() - 1);
        }
        return a.equals(".") ? "" : a;
    }

    private static String clean(String arg) {
        String a = arg.replace('\\', '/');
        while (a.startsWith("./") && a.length() > 2) {
            a = a.substring(2);
        }
        return a;
    }

    private static String join(String base, String rel) {
        if (rel.isEmpty()) {
            return base.isEmpty() ? "." : base;
        }
        return base.isEmpty() ? rel : base.endsWith("/") ? base + rel : base + "/" + rel;
    }

    /** Why a symbolic link cannot be followed. */
    private static String unfollowable(Path link) {
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return "symbolic link that cannot be followed";
        } catch (NoSuchFileException e) {
            return "broken symbolic link (its target does not exist)";
        } catch (FileSystemException e) {
            return "symbolic link loop, not followed";
        } catch (IOException e) {
            return reason(e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static List<InputFile> dedupe(List<InputFile> sorted) {
        List<InputFile> out = new ArrayList<>(sorted.size());
        for (InputFile f : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).displayPath().equals(f.displayPath())) {
                out.add(f);
            }
        }
        return out;
    }
}
