package dev.copydesk.parse.markdown;

import dev.copydesk.document.Prose;
import dev.copydesk.document.ProseBuilder;
import dev.copydesk.source.LineMap;
import dev.copydesk.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML front matter at the top of a Markdown file: a first line {@code ---}, YAML, and a closing line
 * {@code ---} or {@code ...}.
 *
 * <p>A small tolerant reader rather than flexmark's extension, which takes an opening {@code ---} with no closing
 * line (a thematic break) as front matter running to the end of the file, and keeps quotes and comments in values.
 * It covers what articles use: plain, quoted and block ({@code |}, {@code >}) scalars, block and flow sequences,
 * and one level of nested mapping, flattened to {@code parent.child} keys. Anything else is skipped, never an
 * error; a block whose top-level lines are not {@code key:} lines is not front matter at all.
 */
public final class FrontMatter {

    private static final FrontMatter NONE = new FrontMatter(0, Map.of(), null);

    private final int end;
    private final Map<String, List<String>> metadata;
    private final Prose title;

    private FrontMatter(int end, Map<String, List<String>> metadata, Prose title) {
        this.end = end;
        this.metadata = metadata;
        this.title = title;
    }

    /** The front matter at the start of a file; an empty one ending at 0 if there is none. */
    public static FrontMatter read(SourceFile source) {
        String text = source.text();
        if (!text.startsWith("---")) {
            return NONE;
        }
        LineMap map = source.lines();
        if (!isBlank(text, 3, map.lineEnd(1))) {
            return NONE;
        }
        for (int line = 2; line <= map.lineCount(); line++) {
            if (isFence(text, map.lineStart(line), map.lineEnd(line))) {
                int count = line - 2;
                int[] starts = new int[count];
                int[] ends = new int[count];
                for (int i = 0; i < count; i++) {
                    starts[i] = map.lineStart(i + 2);
                    ends[i] = map.lineEnd(i + 2);
                }
                Lines lines = new Lines(text, starts, ends);
                int end = line < map.lineCount() ? map.lineStart(line + 1) : text.length();
                return lines.looksLikeYaml() ? new Reader(lines).read(end) : NONE;
            }
        }
        return NONE;
    }

    /** Offset where the Markdown after the front matter starts (0 without front matter). */
    public int end() {
        return end;
    }

    /** Every key and its values (a scalar is one value, a sequence its items), in reading order. */
    public Map<String, List<String>> metadata() {
        return metadata;
    }

    /** The {@code title} value, mapped to its exact source chars, if it is a non-empty scalar. */
    public Optional<Prose> title() {
        return Optional.ofNullable(title);
    }

    private static boolean isFence(String text, int from, int to) {
        return (text.startsWith("---", from) || text.startsWith("...", from)) && isBlank(text, from + 3, to);
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Receives decoded chars with the source range each came from. */
    private interface CharSink {
        void put(char c, int start, int end);
    }

    /**
     * A scalar's source: its style ({@code p}lain, {@code '}, {@code "}, {@code |} or {@code >}) and the source
     * ranges of its lines' content, as start/end pairs.
     */
    private record Scalar(char style, int[] ranges) {

        void decode(String text, CharSink out) {
            for (int r = 0; r < ranges.length; r += 2) {
                if (r > 0) {
                    out.put(style == '|' ? '\n' : ' ', ranges[r - 1], ranges[r]);
                }
                for (int i = ranges[r], end = ranges[r + 1]; i < end; i++) {
                    char c = text.charAt(i);
                    if (i + 1 < end && ((style == '\'' && c == '\'') || (style == '"' && c == '\\'))) {
                        out.put(style == '"' ? unescape(text.charAt(i + 1)) : c, i, i + 2);
                        i++;
                    } else {
                        out.put(c, i, i + 1);
                    }
                }
            }
        }

        String text(String source) {
            StringBuilder sb = new StringBuilder();
            decode(source, (c, s, e) -> sb.append(c));
            return sb.toString();
        }

        private static char unescape(char c) {
            return switch (c) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case '0' -> '\0';
                default -> c;
            };
        }
    }

    /** The front matter's lines: content ranges without line breaks. */
    private record Lines(String text, int[] starts, int[] ends) {

        int count() {
            return starts.length;
        }

        int indent(int line) {
            int i = starts[line];
            while (i < ends[line] && text.charAt(i) == ' ') {
                i++;
            }
            return i - starts[line];
        }

        int contentStart(int line) {
            return starts[line] + indent(line);
        }

        boolean isBlankOrComment(int line) {
            int i = contentStart(line);
            while (i < ends[line] && text.charAt(i) == '\t') {
                i++;
            }
            return i == ends[line] || text.charAt(i) == '#';
        }

        boolean isItem(int line) {
            int i = contentStart(line);
            return i < ends[line] && text.charAt(i) == '-' && (i + 1 == ends[line] || text.charAt(i + 1) == ' ');
        }

        /** The offset of the colon ending the line's key, or -1 if the line is not {@code key: …}. */
        int keyColon(int line) {
            int i = contentStart(line);
            int end = ends[line];
            if (i < end && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                char quote = text.charAt(i++);
                while (i < end && text.charAt(i) != quote) {
                    i++;
                }
            }
            for (; i < end; i++) {
                if (text.charAt(i) == ':' && (i + 1 == end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                    return i;
                }
            }
            return -1;
        }

        boolean looksLikeYaml() {
            for (int l = 0; l < count(); l++) {
                if (indent(l) == 0 && !isBlankOrComment(l) && !isItem(l) && keyColon(l) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Reads the entries of the front matter's lines. */
    private static final class Reader {

        private final Lines lines;
        private final String text;
        private final Map<String, List<Scalar>> entries = new LinkedHashMap<>();

        Reader(Lines lines) {
            this.lines = lines;
            this.text = lines.text();
        }

        FrontMatter read(int end) {
            mapping("", 0, lines.count(), 0, true);
            Map<String, List<String>> metadata = new LinkedHashMap<>();
            entries.forEach((key, scalars) -> metadata.put(key, scalars.stream().map(s -> s.text(text)).toList()));
            List<Scalar> title = entries.get("title");
            Prose prose = null;
            if (title != null && title.size() == 1 && title.get(0).ranges().length > 0) {
                ProseBuilder b = new ProseBuilder(title.get(0).ranges()[0]);
                title.get(0).decode(text, b::append);
                prose = b.isBlank() ? null : b.build();
            }
            return new FrontMatter(end, Collections.unmodifiableMap(metadata), prose);
        }

        /** Reads the {@code key:} lines at {@code indent} in {@code [from, to)}; nested mappings only if {@code nest}. */
        private void mapping(String prefix, int from, int to, int indent, boolean nest) {
            int i = from;
            while (i < to) {
                int colon = lines.isBlankOrComment(i) || lines.indent(i) != indent ? -1 : lines.keyColon(i);
                int j = i + 1;
                while (j < to && (lines.isBlankOrComment(j) || lines.indent(j) > indent
                        || (lines.indent(j) == indent && lines.isItem(j)))) {
                    j++;
                }
                if (colon >= 0) {
                    String key = prefix + unquote(lines.contentStart(i), colon);
                    entries.putIfAbsent(key, value(key, colon + 1, lines.ends()[i], i + 1, j, nest));
                }
                i = j;
            }
        }

        /** The scalars of a value starting at {@code [from, to)} on the key's line, with child lines after it. */
        private List<Scalar> value(String key, int from, int to, int childFrom, int childTo, boolean nest) {
            from = skipSpaces(from, to);
            if (from == to || text.charAt(from) == '#') {
                int first = firstContentLine(childFrom, childTo);
                if (first < 0) {
                    return List.of();
                }
                if (lines.isItem(first)) {
                    return sequence(first, childTo);
                }
                if (lines.keyColon(first) >= 0) {
                    if (nest) {
                        mapping(key + ".", first, childTo, lines.indent(first), false);
                    }
                    return List.of();
                }
                return List.of(plain(-1, -1, childFrom, childTo));
            }
            char c = text.charAt(from);
            if (c == '|' || c == '>') {
                return List.of(block(c, childFrom, childTo));
            }
            if (c == '[') {
                return flow(from + 1, to);
            }
            return List.of(inline(from, to, childFrom, childTo));
        }

        /** A block sequence: each {@code - } line at the first item's indent starts an item. */
        private List<Scalar> sequence(int from, int to) {
            int indent = lines.indent(from);
            List<Scalar> items = new ArrayList<>();
            int i = from;
            while (i < to) {
                int j = i + 1;
                while (j < to && !(lines.indent(j) == indent && lines.isItem(j))) {
                    j++;
                }
                if (lines.isItem(i) && lines.indent(i) == indent) {
                    int start = skipSpaces(lines.contentStart(i) + 1, lines.ends()[i]);
                    if (start < lines.ends()[i]) {
                        items.add(inline(start, lines.ends()[i], i + 1, j));
                    }
                }
                i = j;
            }
            return items;
        }

        /** A flow sequence {@code [a, "b"]} on one line, from just after its bracket. */
        private List<Scalar> flow(int from, int to) {
            List<Scalar> items = new ArrayList<>();
            int start = from;
            char quote = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == ',' || c == ']') {
                    int s = skipSpaces(start, i);
                    if (s < i) {
                        items.add(inline(s, trimEnd(s, i), 0, 0));
                    }
                    start = i + 1;
                    if (c == ']') {
                        break;
                    }
                }
            }
            return items;
        }

        /** A quoted or plain scalar starting at {@code from}; a plain one continues on its child lines. */
        private Scalar inline(int from, int to, int childFrom, int childTo) {
            char c = text.charAt(from);
            if (c == '"' || c == '\'') {
                int close = closingQuote(c, from + 1, to);
                return new Scalar(c, new int[] {from + 1, close < 0 ? trimEnd(from + 1, to) : close});
            }
            return plain(from, plainEnd(from, to), childFrom, childTo);
        }

        /** A plain scalar: {@code [from, to)} on the key's line (none if -1) and its continuation lines. */
        private Scalar plain(int from, int to, int childFrom, int childTo) {
            int[] ranges = new int[2 * (childTo - childFrom + 1)];
            int n = 0;
            if (from >= 0 && to > from) {
                ranges[n++] = from;
                ranges[n++] = to;
            }
            for (int l = childFrom; l < childTo; l++) {
                if (!lines.isBlankOrComment(l)) {
                    int s = lines.contentStart(l);
                    ranges[n++] = s;
                    ranges[n++] = plainEnd(s, lines.ends()[l]);
                }
            }
            return new Scalar('p', Arrays.copyOf(ranges, n));
        }

        /** A block scalar ({@code |} literal, {@code >} folded): its non-blank child lines. */
        private Scalar block(char style, int from, int to) {
            int[] ranges = new int[2 * (to - from)];
            int n = 0;
            for (int l = from; l < to; l++) {
                if (lines.contentStart(l) < lines.ends()[l]) {
                    ranges[n++] = lines.contentStart(l);
                    ranges[n++] = trimEnd(lines.contentStart(l), lines.ends()[l]);
                }
            }
            return new Scalar(style, Arrays.copyOf(ranges, n));
        }

        private int firstContentLine(int from, int to) {
            for (int l = from; l < to; l++) {
                if (!lines.isBlankOrComment(l)) {
                    return l;
                }
            }
            return -1;
        }

        /** The closing quote's offset (a doubled {@code ''} or an escaped {@code \"} does not close), or -1. */
        private int closingQuote(char quote, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (quote == '"' && c == '\\') {
                    i++;
                } else if (c == quote) {
                    if (quote == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        return i;
                    }
                }
            }
            return -1;
        }

        /** The end of a plain scalar: before a {@code  #} comment, trailing spaces trimmed. */
        private int plainEnd(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                if (text.charAt(i) == '#' && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                    to = i;
                    break;
                }
            }
            return trimEnd(from, to);
        }

        private String unquote(int from, int to) {
            to = trimEnd(from, to);
            char c = to - from >= 2 ? text.charAt(from) : 0;
            if ((c == '"' || c == '\'') && text.charAt(to - 1) == c) {
                return text.substring(from + 1, to - 1);
            }
            return text.substring(from, to);
        }

        private int skipSpaces(int from, int to) {
            while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
                from++;
            }
            return from;
        }

        private int trimEnd(int from, int to) {
            while (to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\t')) {
                to--;
            }
            return to;
        }
    }
}
