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
    /** Made when first asked for: a file without findings or directives never needs it. */
    private volatile LineMap lines;

    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
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
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < sniff; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            }
        }
        if (evenNuls + oddNuls > 0) {
            int half = sniff / 2;
            boolean utf16 = sniff >= 4 && (oddNuls >= half * 0.9 && evenNuls <= half * 0.1
                    || evenNuls >= half * 0.9 && oddNuls <= half * 0.1);
            throw new InputException(displayPath, utf16
                    ? "looks like UTF-16 without a byte order mark: save the file as UTF-8"
                    : "binary file (contains NUL bytes), not text");
        }
        return new SourceFile(displayPath, utf8(displayPath, bytes, 0));
    }

    private static String utf8(String displayPath, byte[] bytes, int from) throws InputException {
        // The runtime's own decoding is much faster but replaces bad bytes with U+FFFD: when the result has one,
        // decode again strictly, to report the bad byte (or find the U+FFFD was in the file).
        String fast = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new InputException(displayPath, invalidUtf8(bytes, from, in.position()));
        } catch (CharacterCodingException e) {
            throw new InputException(displayPath, "cannot decode as UTF-8: " + e.getMessage());
        }
    }

    /**
     * Where the first invalid byte is, as line and column (in characters) and byte offset, and a hint when it looks
     * like a single-byte encoding: an accented letter of Latin-1 or Windows-1252 followed by plain ASCII, with no valid
     * UTF-8 character before it.
     */
    private static String invalidUtf8(byte[] bytes, int from, int at) {
        int line = 1;
        int column = 1;
        for (int i = from; i < at; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n' || (b == '\r' && (i + 1 >= at || bytes[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++; // count a character at its first byte only
            }
        }
        boolean utf8Before = false;
        for (int i = from; i < at && !utf8Before; i++) {
            utf8Before = bytes[i] < 0;
        }
        boolean singleByte = !utf8Before && (at + 1 >= bytes.length || (bytes[at + 1] & 0x80) == 0);
        return "invalid UTF-8 at line " + line + ", column " + column + " (byte " + at + ")"
                + (singleByte ? "; it looks like Latin-1 or Windows-1252: save the file as UTF-8"
                        : ": save the file as UTF-8");
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
        LineMap l = lines;
        if (l == null) {
            l = new LineMap(text); // a race at worst makes the same map twice
            lines = l;
        }
        return l;
    }

    /** The source text of a span. */
    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }
}
