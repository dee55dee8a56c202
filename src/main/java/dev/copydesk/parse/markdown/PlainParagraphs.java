package dev.copydesk.parse.markdown;

import dev.copydesk.document.Block;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.ProseBuilder;
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

    /** The paragraphs of {@code text} from offset {@code from} on. */
    public static List<Block> of(String text, int from) {
        List<Block> blocks = new ArrayList<>();
        int n = text.length();
        int i = from;
        while (i < n) {
            int lineEnd = lineEnd(text, i);
            if (isBlank(text, i, lineEnd)) {
                i = lineEnd + 1;
                continue;
            }
            int start = i;
            int end = lineEnd;
            while (i < n && !isBlank(text, i, lineEnd)) {
                end = lineEnd;
                i = lineEnd + 1;
                lineEnd = lineEnd(text, i);
            }
            while (Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            blocks.add(new Paragraph(new Span(start, end),
                    new ProseBuilder(start).append(text.subSequence(start, end), start).build()));
        }
        return blocks;
    }

    /** The offset of the {@code \n} ending the line from {@code from}, or the text's length. */
    private static int lineEnd(String text, int from) {
        int i = text.indexOf('\n', Math.min(from, text.length()));
        return i < 0 ? text.length() : i;
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
