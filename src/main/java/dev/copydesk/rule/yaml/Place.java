package dev.copydesk.rule.yaml;

import dev.copydesk.document.Document;
import dev.copydesk.document.Title;
import dev.copydesk.source.LineMap;
import dev.copydesk.source.Span;
import java.util.Optional;

/** Where a finding about the whole document goes: on the title, else on the first line with text. */
final class Place {

    private Place() {
    }

    static Span document(Document document) {
        Optional<Title> title = document.title();
        if (title.isPresent() && !title.get().text().isEmpty()) {
            return title.get().text().sourceSpan();
        }
        String text = document.source().text();
        LineMap lines = document.source().lines();
        for (int line = 1; line <= lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.lineEnd(line);
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                return new Span(start, end);
            }
        }
        return Span.at(0);
    }
}
