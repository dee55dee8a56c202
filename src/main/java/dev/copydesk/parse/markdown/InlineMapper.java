package dev.copydesk.parse.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.copydesk.document.Directive;
import dev.copydesk.document.Prose;
import dev.copydesk.document.ProseBuilder;
import dev.copydesk.source.Span;
import java.util.List;

/**
 * Turns the inline nodes of one block into {@link Prose}, every char mapped to the source chars it came from.
 *
 * <p>The walk follows first-child, next and parent links instead of recursing, so deeply nested emphasis or links
 * cannot overflow the stack. One instance serves one document and is not thread-safe.
 */
final class InlineMapper {

    private final String text;
    /** The chars of {@code text}, copied once: reading an array is much cheaper than a string one call at a time. */
    private final char[] source;
    private final Document document;
    private final List<Directive> directives;

    private ProseBuilder out;
    private boolean imagesAsText;
    private int htmlLinkStart;
    private int linkDepth;

    InlineMapper(String text, Document document, List<Directive> directives) {
        this.text = text;
        this.source = text.toCharArray();
        this.document = document;
        this.directives = directives;
    }

    /**
     * The prose of {@code parent}'s inline children; an empty prose is anchored at {@code anchor}. Images are left
     * out, unless {@code imagesAsText}, when their alternative text is the prose (a figure's caption).
     */
    Prose prose(Node parent, int anchor, boolean imagesAsText) {
        this.out = new ProseBuilder(anchor);
        this.imagesAsText = imagesAsText;
        this.htmlLinkStart = -1;
        this.linkDepth = 0;
        Node n = parent.getFirstChild();
        while (n != null) {
            boolean container = enter(n);
            if (container && n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            if (container) {
                leave(n);
            }
            n = next(n, parent);
        }
        return out.build();
    }

    /** The node after {@code n} in document order, leaving the containers climbed out of; null past the root. */
    private Node next(Node n, Node root) {
        while (n.getNext() == null) {
            n = n.getParent();
            if (n == root || n == null) {
                return null;
            }
            leave(n);
        }
        return n.getNext();
    }

    /** Handles a node as the walk reaches it; true if its children are to be walked, then {@link #leave}. */
    private boolean enter(Node n) {
        if (n instanceof Text) {
            appendText(n.getChars(), true);
            return false;
        }
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            out.appendSpace(n.getStartOffset(), n.getEndOffset());
            return false;
        }
        if (n instanceof Code) {
            out.startCode();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                appendText(c.getChars(), false);
            }
            out.endCode();
            return false;
        }
        if (n instanceof HtmlEntity) {
            out.appendMapped(Escaping.unescapeHtml(n.getChars()), n.getStartOffset(), n.getEndOffset());
            return false;
        }
        if (n instanceof Image || n instanceof ImageRef) {
            return imagesAsText;
        }
        if (n instanceof LinkNode link) {
            out.startLink(n instanceof MailLink mail ? "mailto:" + mail.getText() : link.getUrl().toString());
            linkDepth++;
            if (n.getFirstChild() == null && n instanceof DelimitedLinkNode delimited) {
                // <https://…> and <me@example.com>: the visible text is the address itself.
                appendText(delimited.getText(), false);
            }
            return true;
        }
        if (n instanceof LinkRef ref) {
            if (ref.isDefined()) {
                Reference target = ref.getReferenceNode(document);
                out.startLink(target == null ? "" : target.getUrl().toString());
                linkDepth++;
            } else {
                // No definition: the brackets are literal text, as a reader sees them.
                Node first = n.getFirstChild();
                appendText(first == null ? n.getChars()
                        : n.getChars().subSequence(0, first.getStartOffset() - n.getStartOffset()), true);
            }
            return true;
        }
        if (n instanceof HtmlInlineComment) {
            Html.comment(text, n.getStartOffset(), n.getEndOffset(), directives);
            return false;
        }
        if (n instanceof HtmlInline) {
            htmlTag(n.getStartOffset(), n.getEndOffset());
            return false;
        }
        return n.getFirstChild() != null;
    }

    private void leave(Node n) {
        if ((n instanceof LinkNode && !(n instanceof Image)) || (n instanceof LinkRef ref && ref.isDefined())) {
            out.endLink(new Span(n.getStartOffset(), n.getEndOffset()));
            linkDepth--;
        } else if (n instanceof LinkRef && n.getLastChild() != null) {
            appendText(n.getChars().subSequence(n.getLastChild().getEndOffset() - n.getStartOffset()), true);
        }
    }

    /** {@code <a href>} and {@code </a>} make a link, {@code <br>} a space; other tags are not prose. */
    private void htmlTag(int start, int end) {
        if (Html.isOpeningTag(text, start, end, "a")) {
            out.startLink(Html.attribute(text, start, end, "href"));
            if (htmlLinkStart < 0) {
                linkDepth++;
            }
            htmlLinkStart = start;
        } else if (Html.isClosingTag(text, start, end, "a")) {
            if (htmlLinkStart >= 0) {
                out.endLink(new Span(htmlLinkStart, end));
                htmlLinkStart = -1;
                linkDepth--;
            }
        } else if (Html.isOpeningTag(text, start, end, "br")) {
            out.appendSpace(start, end);
        }
    }

    /**
     * Appends text chars mapped to their source offsets. Markdown text (as opposed to code or an address) has its
     * backslash escapes ({@code \*}: the escaped char, mapped to both source chars) and, outside links, its bare
     * URLs made links. Most sequences are one contiguous run of the source, read directly; those with indentation
     * stripped (in list items) are mapped char by char.
     */
    private void appendText(BasedSequence chars, boolean markdown) {
        int n = chars.length();
        int start = chars.getStartOffset();
        boolean contiguous = chars.getEndOffset() - start == n;
        boolean autolinks = markdown && linkDepth == 0;
        int urlEnd = -1;
        int urlStart = 0;
        int last = start;
        for (int i = 0; i < n; i++) {
            if (contiguous) {
                // Chars that are neither an escape nor a possible bare URL's start go in as one run.
                int run = plainRun(start, i, n, markdown, autolinks && urlEnd < 0, urlEnd);
                if (run > i) {
                    out.append(text, start + i, start + run, start + i);
                    last = start + run;
                    i = run - 1;
                    continue;
                }
            }
            int at = contiguous ? start + i : chars.getIndexOffset(i);
            char c = contiguous ? source[at] : chars.charAt(i);
            if (at < 0) {
                // Not from the source (flexmark made it up): a zero-width place after the previous char.
                out.append(c, last, last);
                continue;
            }
            if (autolinks && urlEnd < 0 && (c == 'h' || c == 'w' || c == 'H' || c == 'W')) {
                urlEnd = BareUrls.end(chars, i);
                if (urlEnd > 0) {
                    out.startLink(chars.subSequence(i, urlEnd).toString());
                    urlStart = at;
                }
            }
            int end = at + 1;
            if (markdown && c == '\\' && i + 1 < n) {
                char next = contiguous ? source[end] : chars.charAt(i + 1);
                if (isAsciiPunctuation(next)) {
                    c = next;
                    end = Math.max(end, contiguous ? end : chars.getIndexOffset(i + 1)) + 1;
                    i++;
                }
            }
            out.append(c, at, end);
            last = end;
            if (i + 1 == urlEnd) {
                out.endLink(new Span(urlStart, end));
                urlEnd = -1;
            }
        }
    }

    /**
     * The end of the run of plain chars from {@code i} in the text at source offset {@code start}: it stops before an
     * escape ({@code markdown}), before a char where a bare URL may start ({@code autolinks}), and before the last
     * char of the bare URL being read (at {@code urlEnd - 1}), each of which is appended on its own.
     */
    private int plainRun(int start, int i, int n, boolean markdown, boolean autolinks, int urlEnd) {
        int j = i;
        while (j < n && j + 1 != urlEnd) {
            char c = source[start + j];
            if (markdown && c == '\\' || autolinks && (c == 'h' || c == 'w' || c == 'H' || c == 'W')
                    && (j == 0 || BareUrls.opensUrl(source[start + j - 1]))) {
                break;
            }
            j++;
        }
        return j;
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
