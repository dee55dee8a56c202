package dev.copydesk.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the whole new content, never half of it: the text
 * goes to a temporary file in the same folder, which is then moved over the target. The file keeps the permissions
 * of the file it replaces; a new file is readable by all ({@code rw-r--r--}), like one written directly, rather
 * than private like a temporary file.
 *
 * <p>A target that is a device or a pipe ({@code /dev/stdout}, a FIFO) is written directly, and a symbolic link keeps
 * pointing where it did: the file it points at is replaced.
 *
 * <p>The temporary file is hidden ({@code .NAME.RANDOM.tmp}), so a process killed while writing leaves at most a
 * hidden file that no one takes for a report; the next write of the same file removes such leftovers once they are
 * an hour old (a younger one may belong to a run still writing).
 */
public final class AtomicFile {

    /** Writes the content produced by {@code body}. */
    @FunctionalInterface
    public interface Body {
        void write(Writer out) throws IOException;
    }

    /** How old a leftover temporary file must be before a later write removes it. */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private AtomicFile() {
    }

    public static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs) && !Files.isRegularFile(abs) && !Files.isDirectory(abs)) {
            // A device or a pipe (/dev/null, /dev/stdout, a FIFO): nothing to replace, and replacing it would be wrong.
            try (Writer w = Files.newBufferedWriter(abs, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            return;
        }
        if (Files.isSymbolicLink(abs) && Files.exists(abs)) {
            abs = abs.toRealPath(); // replace the file the link points at, not the link
        }
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        String prefix = "." + abs.getFileName() + ".";
        removeLeftovers(dir, prefix);
        Path tmp = Files.createTempFile(dir, prefix, ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            setPermissions(tmp, abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files of earlier writes of the same file, killed before they could move or delete them. */
    private static void removeLeftovers(Path dir, String prefix) {
        if (dir == null) {
            return;
        }
        FileTime cutoff = FileTime.from(Instant.now().minus(LEFTOVER_AGE));
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path p : leftovers) {
                if (Files.getLastModifiedTime(p).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Leftovers are hidden and harmless; failing to remove them must not stop the write.
        }
    }

    private static void setPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }
}
