package dev.copydesk.parse.html;

import dev.copydesk.document.Prose;
import dev.copydesk.document.ProseBuilder;
import dev.copydesk.source.Span;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Appends decoded HTML text to a {@link ProseBuilder} with every char mapped to the raw source it came from.
 *
 * <p>jsoup gives a text node's decoded text and the raw range it was read from; the two differ where the raw text
 * has character references ({@code &amp;}, {@code &#8217;}, {@code &rsquo;}, legacy {@code &not} without a
 * semicolon) or chars the parser dropped (NUL). The raw and decoded texts are walked side by side: a plain char maps
 * to itself, the chars of a reference map to the whole reference. Should the two ever fail to line up, the rest of
 * the text maps to the whole raw range: positions get coarser, never wrong or out of range. Line breaks, CRLF
 * included, stay as written in both texts, so they need no special case.
 */
final class TextMapper {

    /** The longest reference worth decoding; the longest named one is {@code &CounterClockwiseContourIntegral;}. */
    private static final int MAX_REFERENCE = 40;

    private TextMapper() {
    }

    /** The prose of an attribute's value, mapped to the value as written in the start tag. */
    static Prose attribute(Element e, String attribute, String source) {
        Range value = e.attributes().sourceRange(attribute).valueRange();
        int start;
        int end;
        if (value.isTracked()) {
            start = Math.min(value.startPos(), source.length());
            end = Math.max(start, Math.min(value.endPos(), source.length()));
        } else {
            Span tag = Spans.startTag(e, source.length());
            start = tag.start();
            end = tag.end();
        }
        ProseBuilder b = new ProseBuilder(start);
        append(b, e.attr(attribute), source, start, end, true);
        return b.build();
    }

    /**
     * Appends {@code decoded}, read from {@code source[rawStart, rawEnd)}; {@code inAttribute} selects the attribute
     * rules for references without a semicolon.
     */
    static void append(ProseBuilder out, String decoded, String source, int rawStart, int rawEnd,
            boolean inAttribute) {
        int i = rawStart;
        int j = 0;
        int n = decoded.length();
        while (j < n) {
            if (i >= rawEnd) {
                appendRest(out, decoded, j, rawStart, rawEnd);
                return;
            }
            char raw = source.charAt(i);
            char d = decoded.charAt(j);
            if (raw == d && raw != '&') {
                // A run of chars copied as they are, appended in one go.
                int k = 1;
                for (int limit = Math.min(rawEnd - i, n - j); k < limit; k++) {
                    char c = source.charAt(i + k);
                    if (c == '&' || c != decoded.charAt(j + k)) {
                        break;
                    }
                }
                out.append(decoded, j, j + k, i);
                i += k;
                j += k;
                continue;
            }
            if (raw == '&') {
                int[] ref = reference(source, i, rawEnd, decoded, j, inAttribute);
                if (ref == null) {
                    appendRest(out, decoded, j, rawStart, rawEnd);
                    return;
                }
                if (ref[0] > i) {
                    for (int k = 0; k < ref[1]; k++) {
                        out.append(decoded.charAt(j + k), i, ref[0]);
                    }
                    i = ref[0];
                    j += ref[1];
                    continue;
                }
            }
            if (raw == d || d == '\uFFFD') {
                // Equal, or a char the parser replaced with U+FFFD: either way it came from here.
                out.append(d, i, i + 1);
                j++;
            }
            // Otherwise the parser dropped this raw char (a NUL, say): skip it.
            i++;
        }
    }

    /**
     * The reference starting at {@code source[at] == '&'}: {raw end, decoded length}; {raw end == at} when the
     * ampersand is literal text; {@code null} when the decoded text does not continue with what it decodes to.
     */
    private static int[] reference(String source, int at, int rawEnd, String decoded, int j, boolean inAttribute) {
        int limit = Math.min(rawEnd, at + MAX_REFERENCE);
        if (at + 1 < limit && source.charAt(at + 1) == '#') {
            return numericReference(source, at, limit, decoded, j);
        }
        int end = at + 1;
        while (end < limit && isAsciiAlphanumeric(source.charAt(end))) {
            end++;
        }
        if (end == at + 1) {
            return new int[] {at, 0};
        }
        if (end < limit && source.charAt(end) == ';') {
            String name = source.substring(at + 1, end);
            if (Entities.isNamedEntity(name)) {
                // The common case, a complete named reference: no need to run the tokenizer on it.
                String value = Entities.getByName(name);
                return decoded.startsWith(value, j) ? new int[] {end + 1, value.length()} : null;
            }
            end++;
        }
        String candidate = source.substring(at, end);
        String expanded = Parser.unescapeEntities(candidate, inAttribute);
        if (expanded.equals(candidate)) {
            return new int[] {at, 0};
        }
        // A legacy reference without its semicolon ("&notit;" is "¬" then "it;") leaves literal text behind it:
        // the common tail of the raw and decoded candidate is that literal text.
        int tail = 0;
        int maxTail = Math.min(expanded.length() - 1, candidate.length() - 2);
        while (tail < maxTail && expanded.charAt(expanded.length() - 1 - tail)
                == candidate.charAt(candidate.length() - 1 - tail)) {
            tail++;
        }
        int decodedLength = expanded.length() - tail;
        if (!decoded.regionMatches(j, expanded, 0, decodedLength)) {
            return null;
        }
        return new int[] {end - tail, decodedLength};
    }

    /**
     * {@code &#123;} or {@code &#x7B;}, semicolon optional: always one code point (U+FFFD for a bad number), so its
     * decoded length is read off the decoded text.
     */
    private static int[] numericReference(String source, int at, int limit, String decoded, int j) {
        int i = at + 2;
        boolean hex = i < limit && (source.charAt(i) == 'x' || source.charAt(i) == 'X');
        if (hex) {
            i++;
        }
        int digits = i;
        while (i < limit && (hex ? isHexDigit(source.charAt(i)) : isDigit(source.charAt(i)))) {
            i++;
        }
        if (i == digits) {
            return new int[] {at, 0};
        }
        if (i < limit && source.charAt(i) == ';') {
            i++;
        }
        boolean pair = Character.isHighSurrogate(decoded.charAt(j)) && j + 1 < decoded.length()
                && Character.isLowSurrogate(decoded.charAt(j + 1));
        return new int[] {i, pair ? 2 : 1};
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static void appendRest(ProseBuilder out, String decoded, int from, int rawStart, int rawEnd) {
        for (int k = from; k < decoded.length(); k++) {
            out.append(decoded.charAt(k), rawStart, rawEnd);
        }
    }
}
