package dev.copydesk.parse.html;

import dev.copydesk.document.Prose;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The prose of everything inside one element, as one run: headings, paragraphs, table cells, captions, titles.
 * Blocks nested inside become word breaks; scripts, hidden elements and media are left out. The walk is
 * iterative, so nesting depth does not matter.
 */
final class InlineText {

    private InlineText() {
    }

    /** The prose inside {@code root}. */
    static Prose of(Element root, String source) {
        return of(root, null, source);
    }

    /** The prose inside {@code root}, leaving out the subtree of {@code excluded} (may be null). */
    static Prose of(Element root, Element excluded, String source) {
        ProseRun run = new ProseRun(source, Math.min(Spans.start(root), source.length()));
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    run.text(t);
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                Tag tag = Tag.of(e);
                if (e == excluded || tag == Tag.SKIP || tag == Tag.MEDIA || Chrome.isHidden(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag == Tag.BREAK) {
                    run.lineBreak(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag == Tag.INLINE) {
                    run.openInline(e);
                } else {
                    run.separator(Spans.startTag(e, source.length()));
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e != root) {
                    if (Tag.of(e) == Tag.INLINE) {
                        run.closeInline(e);
                    } else {
                        run.separator(Spans.endTag(e, source.length()));
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return run.build();
    }
}
