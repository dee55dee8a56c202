package dev.copydesk.parse.html;

import dev.copydesk.document.Prose;
import dev.copydesk.document.ProseBuilder;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * One run of inline content being turned into prose: text nodes, links, inline code, line breaks, and the media
 * met on the way. It also tracks the source span of what it holds, from the first inline element or text that
 * produced a word to the last.
 *
 * <p>A link or code element may be cut by a block (a {@code <div>} inside an {@code <a>}); the next run then goes on
 * with it through {@link #next()}.
 */
final class ProseRun {

    private final String source;
    private final int anchor;
    private ProseBuilder builder;
    private int start = -1;
    private int end = -1;
    private int pendingStart = -1;
    private Element link;
    private boolean linkOpen;
    private int codeDepth;
    private boolean codeOpen;
    private boolean afterBreak;
    private List<Element> media;

    /** A run whose prose, if it stays empty, is anchored at {@code anchor}. */
    ProseRun(String source, int anchor) {
        this.source = source;
        this.anchor = anchor;
    }

    /** A fresh run that continues the link and inline code this one is inside. */
    ProseRun next() {
        ProseRun run = new ProseRun(source, end >= 0 ? end : anchor);
        run.link = link;
        run.codeDepth = codeDepth;
        return run;
    }

    void text(TextNode node) {
        String text = node.getWholeText();
        Range range = node.sourceRange();
        int rawStart;
        int rawEnd;
        if (range.isTracked()) {
            rawStart = Math.min(range.startPos(), source.length());
            rawEnd = Math.max(rawStart, Math.min(range.endPos(), source.length()));
        } else {
            // Text the parser moved or made up: map it to where its parent starts.
            rawStart = Math.min(Spans.start(node.parentNode() == null ? node : node.parentNode()), source.length());
            rawEnd = rawStart;
        }
        if (builder == null) {
            if (isBlank(text)) {
                return;
            }
            open(rawStart);
        }
        boolean wasBlank = builder.isBlank();
        TextMapper.append(builder, text, source, rawStart, rawEnd, false);
        if (builder.isBlank() || isBlank(text)) {
            return;
        }
        int first = rawStart;
        while (first < rawEnd && Character.isWhitespace(source.charAt(first))) {
            first++;
        }
        int last = rawEnd;
        while (last > first && Character.isWhitespace(source.charAt(last - 1))) {
            last--;
        }
        if (wasBlank) {
            start = pendingStart >= 0 ? Math.min(pendingStart, first) : first;
        }
        end = Math.max(end, last);
        afterBreak = false;
    }

    /** A {@code <br>}; true if it follows another one with nothing but whitespace between. */
    boolean lineBreak(Element br) {
        if (builder != null) {
            Span tag = Spans.startTag(br, source.length());
            builder.appendSpace(tag.start(), tag.end());
        }
        boolean second = afterBreak;
        afterBreak = true;
        return second;
    }

    /** A word boundary made by markup (a block inside a heading, a cell edge), mapped to that markup. */
    void separator(Span markup) {
        if (builder != null) {
            builder.appendSpace(markup.start(), markup.end());
        }
    }

    void openInline(Element element) {
        if (isBlank() && pendingStart < 0) {
            pendingStart = Spans.start(element);
        }
        if (Tag.isLink(element) && link == null) {
            link = element;
            if (builder != null) {
                builder.startLink(element.attr("href"));
                linkOpen = true;
            }
        } else if (Tag.isInlineCode(element)) {
            codeDepth++;
            if (codeDepth == 1 && builder != null) {
                builder.startCode();
                codeOpen = true;
            }
        }
    }

    void closeInline(Element element) {
        if (isBlank()) {
            pendingStart = -1;
        } else {
            end = Math.max(end, Math.min(Spans.end(element), source.length()));
        }
        if (element == link) {
            if (linkOpen) {
                builder.endLink(Spans.of(element, source.length()));
                linkOpen = false;
            }
            link = null;
        } else if (Tag.isInlineCode(element) && codeDepth > 0) {
            codeDepth--;
            if (codeDepth == 0 && codeOpen) {
                builder.endCode();
                codeOpen = false;
            }
        }
    }

    /** An image or embed inside the run: not prose, but a figure if the run has no text. */
    void media(Element element) {
        if (media == null) {
            media = new ArrayList<>(2);
        }
        media.add(element);
    }

    List<Element> media() {
        return media == null ? List.of() : media;
    }

    boolean isBlank() {
        return builder == null || builder.isBlank();
    }

    /** The source span from the first word (or the inline element around it) to the last. */
    Span span() {
        if (start < 0) {
            return Span.at(anchor);
        }
        return new Span(start, Math.max(start, end));
    }

    /** The prose; a link or code cut by the end of the run ends here. */
    Prose build() {
        if (builder == null) {
            return Prose.empty(anchor);
        }
        if (linkOpen) {
            builder.endLink(Spans.of(link, source.length()));
            linkOpen = false;
        }
        if (codeOpen) {
            builder.endCode();
            codeOpen = false;
        }
        return builder.build();
    }

    private void open(int at) {
        builder = new ProseBuilder(at);
        if (link != null) {
            builder.startLink(link.attr("href"));
            linkOpen = true;
        }
        if (codeDepth > 0) {
            builder.startCode();
            codeOpen = true;
        }
    }

    private static boolean isBlank(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
