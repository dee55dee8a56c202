package dev.copydesk.bench;

import dev.copydesk.document.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark inputs: the reference article of samples/ in each format. */
final class Articles {

    private Articles() {
    }

    static String text(Format format) throws IOException {
        String name = switch (format) {
            case MARKDOWN -> "ketamine-therapy.md";
            case HTML -> "ketamine-therapy.html";
            case TEXT -> "ketamine-therapy.txt";
        };
        return Files.readString(Path.of("samples", name), StandardCharsets.UTF_8);
    }

    static String fileName(Format format) {
        return switch (format) {
            case MARKDOWN -> "article.md";
            case HTML -> "article.html";
            case TEXT -> "article.txt";
        };
    }
}
