package dev.copydesk.parse.markdown;

import dev.copydesk.document.Block;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.ProseBuilder;
import dev.copydesk.source.LineMap;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The last resort for text flexmark cannot parse (nesting so deep that it overflows the stack): runs of non-blank
 * lines as paragraphs of verbatim text.
 */
public final class PlainParagraphs {

    private PlainParagraphs() {
    }

    /** The paragraphs of a file from offset {@code from} on. */
    public static List<Block> of(SourceFile source, int from) {
        String text = source.text();
        LineMap lines = source.lines();
        List<Block> blocks = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int line = lines.line(from); line <= lines.lineCount() + 1; line++) {
            boolean blank = line > lines.lineCount()
                    || isBlank(text, Math.max(from, lines.lineStart(line)), lines.lineEnd(line));
            if (!blank) {
                start = start < 0 ? Math.max(from, lines.lineStart(line)) : start;
                end = lines.lineEnd(line);
                while (Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            } else if (start >= 0) {
                blocks.add(new Paragraph(new Span(start, end),
                        new ProseBuilder(start).append(text.subSequence(start, end), start).build()));
                start = -1;
            }
        }
        return blocks;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
