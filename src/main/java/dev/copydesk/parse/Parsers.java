package dev.copydesk.parse;

import dev.copydesk.document.Format;
import java.util.Map;

/** The parser for each format. */
public final class Parsers {

    private Parsers() {
    }

    public static Map<Format, Parser> all() {
        return Map.of(Format.MARKDOWN, new MarkdownParser(), Format.HTML, new HtmlParser(), Format.TEXT,
                new TextParser());
    }
}
