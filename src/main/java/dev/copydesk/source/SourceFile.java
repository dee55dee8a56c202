package dev.copydesk.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The decoded text of one input file and the path the user knows it by.
 *
 * <p>A UTF-8 byte order mark is dropped, so offset 0 is the first character after it; UTF-16 with a byte order
 * mark is decoded too. Anything else must be valid UTF-8: other bytes are an {@link InputException} rather than
 * text with replacement characters, since positions in mis-decoded text would not be the editor's.
 */
public final class SourceFile {

    private static final int BINARY_SNIFF_BYTES = 8192;

    private final String path;
    private final String text;
    private final LineMap lines;

    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
        this.lines = new LineMap(text);
    }

    /** Reads and decodes a file; {@code displayPath} is how findings name it. */
    public static SourceFile read(Path file, String displayPath) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(displayPath, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(displayPath, "permission denied");
        } catch (OutOfMemoryError e) {
            throw new InputException(displayPath, "file too large to read");
        } catch (IOException e) {
            throw new InputException(displayPath, "cannot read: " + e.getMessage());
        }
        return decode(displayPath, bytes);
    }

    /** Decodes bytes as described in the class comment. */
    public static SourceFile decode(String displayPath, byte[] bytes) throws InputException {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new SourceFile(displayPath, utf8(displayPath, bytes, 3));
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new SourceFile(displayPath, new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE));
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new SourceFile(displayPath, new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE));
        }
        int sniff = Math.min(n, BINARY_SNIFF_BYTES);
        for (int i = 0; i < sniff; i++) {
            if (bytes[i] == 0) {
                throw new InputException(displayPath, "binary file (contains NUL bytes), not text");
            }
        }
        return new SourceFile(displayPath, utf8(displayPath, bytes, 0));
    }

    private static String utf8(String displayPath, byte[] bytes, int from) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new InputException(displayPath, "invalid UTF-8 at byte " + in.position()
                    + " (save the file as UTF-8)");
        } catch (CharacterCodingException e) {
            throw new InputException(displayPath, "cannot decode as UTF-8: " + e.getMessage());
        }
    }

    /** The path as the user named it (or the stdin file name). */
    public String path() {
        return path;
    }

    /** The decoded text, without a byte order mark. */
    public String text() {
        return text;
    }

    public LineMap lines() {
        return lines;
    }

    /** The source text of a span. */
    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }
}
