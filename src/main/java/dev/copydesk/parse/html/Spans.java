package dev.copydesk.parse.html;

import dev.copydesk.source.Span;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/**
 * Source spans of parsed nodes, robust to jsoup's quirks: an implied start or end tag has a zero-width range, and a
 * node the parser made up has an untracked range (-1).
 */
final class Spans {

    private Spans() {
    }

    /** Where a node starts in the source: its start tag, or for an implied one the start of its first content. */
    static int start(Node node) {
        Node n = node;
        while (true) {
            Range r = n.sourceRange();
            if (r.isTracked() && (r.startPos() < r.endPos() || n.childNodeSize() == 0)) {
                return r.startPos();
            }
            if (n.childNodeSize() == 0) {
                return Math.max(0, r.startPos());
            }
            n = n.childNode(0);
        }
    }

    /**
     * Where an element ends in the source: past its end tag, or when the end tag is implied past its last
     * descendant (or its start tag when empty).
     */
    static int end(Node node) {
        Node n = node;
        int floor = 0;
        while (true) {
            Range r = n.sourceRange();
            if (r.isTracked()) {
                floor = Math.max(floor, r.endPos());
            }
            if (n instanceof Element e) {
                Range end = e.endSourceRange();
                if (end.isTracked() && end.startPos() < end.endPos()) {
                    return Math.max(floor, end.endPos());
                }
            }
            if (n.childNodeSize() == 0) {
                return floor;
            }
            n = n.childNode(n.childNodeSize() - 1);
        }
    }

    /** The span of a node from {@link #start} to {@link #end}, clamped to a source of {@code length} chars. */
    static Span of(Node node, int length) {
        int start = Math.min(start(node), length);
        return new Span(start, Math.max(start, Math.min(end(node), length)));
    }

    /** The span of a node's start tag (or of a text node's text), or a zero-width span where it is untracked. */
    static Span startTag(Node node, int length) {
        Range r = node.sourceRange();
        if (!r.isTracked()) {
            return Span.at(Math.min(start(node), length));
        }
        int start = Math.min(r.startPos(), length);
        return new Span(start, Math.max(start, Math.min(r.endPos(), length)));
    }

    /** The span of an element's end tag, or a zero-width span at its end where the tag is implied. */
    static Span endTag(Element element, int length) {
        Range r = element.endSourceRange();
        if (r.isTracked() && r.startPos() < r.endPos() && r.endPos() <= length) {
            return new Span(r.startPos(), r.endPos());
        }
        return Span.at(Math.min(end(element), length));
    }
}
