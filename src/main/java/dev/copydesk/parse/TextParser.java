package dev.copydesk.parse;

import dev.copydesk.document.Block;
import dev.copydesk.document.Directive;
import dev.copydesk.document.Document;
import dev.copydesk.document.Format;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.ProseBuilder;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.document.Title;
import dev.copydesk.source.LineMap;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses plain text, such as an article copied out of a CMS or scraped from a page.
 *
 * <p>Each line is a paragraph, except that a hard-wrapped line (one that does not end a sentence, followed by a line
 * that continues it in lower case) is joined to the next. Lines starting with {@code - }, {@code * }, {@code • },
 * {@code 1. } or {@code 1) } are list items. A short line without final punctuation that is followed by text is a
 * heading; the first one, when it opens the file, is the title. A line consisting only of a {@code <!-- copydesk-… -->}
 * comment is a suppression directive.
 *
 * <p>A trailing run of teaser lines after the article's end is a related-links region: the run that follows a
 * byline or category line ("This article is in the category …", "Filed under …", "Tags: …") or a related-links
 * heading ("You may also like"), or a final run of three or more short lines most of which open like teasers
 * ("Discover …", "Learn …") or end cut off ("…").
 */
public final class TextParser implements Parser {

    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:([-*•‣◦▪●])|(\\d{1,3})[.)])[ \\t]+(?=\\S)");
    private static final Pattern DIRECTIVE = Pattern.compile("^[ \\t]*<!--(.*?)-->[ \\t]*$");
    private static final Pattern ARTICLE_END = Pattern.compile(
            "^(?:this (?:article|post|story|entry) (?:is|was) (?:in|filed|posted|published)\\b"
                    + "|(?:filed|posted|published) (?:under|in)\\b|categor(?:y|ies)\\s*:|tags?\\s*:|tagged\\s*(?:with)?:?\\s"
                    + "|(?:written|reviewed|edited) by\\b|about the author\\b|share this\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEASER_OPENING = Pattern.compile(
            "^(?:discover|learn|find out|explore|read|check out|uncover|watch)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_TEASER_CHARS = 300;
    private static final int MAX_HEADING_WORDS = 12;

    @Override
    public Document parse(SourceFile source) {
        LineMap lines = source.lines();
        String text = source.text();
        List<Line> all = new ArrayList<>();
        List<Directive> directives = new ArrayList<>();
        for (int i = 1; i <= lines.lineCount(); i++) {
            int start = lines.lineStart(i);
            int end = lines.lineEnd(i);
            String s = text.substring(start, end);
            Matcher d = DIRECTIVE.matcher(s);
            if (d.matches()) {
                Optional<Directive> dir = Directive.parse(d.group(1), new Span(start, end));
                if (dir.isPresent()) {
                    directives.add(dir.get());
                    all.add(new Line(start, end, ""));
                    continue;
                }
            }
            all.add(new Line(start, end, s));
        }
        int relatedFrom = relatedStart(all);
        List<Block> blocks = new ArrayList<>();
        parseBody(all, relatedFrom < 0 ? all.size() : relatedFrom, blocks);
        if (relatedFrom >= 0) {
            blocks.add(related(all, relatedFrom));
        }
        Optional<Title> title = Optional.empty();
        if (!blocks.isEmpty() && blocks.get(0) instanceof Heading h && h.level() == 1) {
            title = Optional.of(new Title(h.text(), Title.Origin.HEADING));
        }
        return new Document(source, Format.TEXT, title, blocks, directives, Map.of());
    }

    private void parseBody(List<Line> lines, int end, List<Block> blocks) {
        int i = 0;
        while (i < end) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (BULLET.matcher(line.text).find()) {
                i = list(lines, i, end, blocks);
                continue;
            }
            if (isHeading(lines, i, end)) {
                int level = blocks.isEmpty() && startsFile(lines, i) ? 1 : 2;
                blocks.add(new Heading(line.span(), level, prose(lines, i, i + 1, 0)));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && continues(lines.get(j - 1), lines.get(j))) {
                j++;
            }
            blocks.add(new Paragraph(new Span(line.start, lines.get(j - 1).end), prose(lines, i, j, 0)));
            i = j;
        }
    }

    private int list(List<Line> lines, int i, int end, List<Block> blocks) {
        List<ListItem> items = new ArrayList<>();
        Boolean ordered = null;
        int listStart = lines.get(i).start;
        int last = i;
        while (i < end) {
            Line line = lines.get(i);
            Matcher m = line.isBlank() ? null : BULLET.matcher(line.text);
            if (m == null || !m.find()) {
                break;
            }
            boolean numbered = m.group(2) != null;
            if (ordered != null && ordered != numbered) {
                break;
            }
            ordered = numbered;
            int j = i + 1;
            while (j < end && !lines.get(j).isBlank() && !BULLET.matcher(lines.get(j).text).find()
                    && Character.isWhitespace(lines.get(j).text.charAt(0))) {
                j++;
            }
            Span span = new Span(line.start, lines.get(j - 1).end);
            items.add(new ListItem(span, prose(lines, i, j, m.end()), List.of()));
            last = j - 1;
            i = j;
        }
        blocks.add(new ListBlock(new Span(listStart, lines.get(last).end), Boolean.TRUE.equals(ordered), items));
        return i;
    }

    /** Prose of lines {@code [from, to)}, joined by spaces mapped to the line breaks; skips {@code skip} chars. */
    private static Prose prose(List<Line> lines, int from, int to, int skip) {
        ProseBuilder b = new ProseBuilder(lines.get(from).start + skip);
        for (int k = from; k < to; k++) {
            Line l = lines.get(k);
            int off = k == from ? skip : 0;
            b.append(l.text.substring(off), l.start + off);
            if (k + 1 < to) {
                b.appendSpace(l.end, lines.get(k + 1).start);
            }
        }
        return b.build();
    }

    /** True if {@code next} continues a hard-wrapped {@code prev} rather than starting a new paragraph. */
    private static boolean continues(Line prev, Line next) {
        if (next.isBlank() || BULLET.matcher(next.text).find()) {
            return false;
        }
        String p = prev.text.stripTrailing();
        char last = p.charAt(p.length() - 1);
        if (".!?:;…\"”'’)".indexOf(last) >= 0) {
            return false;
        }
        char first = next.text.strip().charAt(0);
        return Character.isLowerCase(first) || (p.length() >= 60 && (Character.isLetterOrDigit(last) || last == ','));
    }

    private static boolean startsFile(List<Line> lines, int i) {
        for (int k = 0; k < i; k++) {
            if (!lines.get(k).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A short line without final punctuation, starting with a capital or digit, followed by more text. */
    private static boolean isHeading(List<Line> lines, int i, int end) {
        String s = lines.get(i).text.strip();
        if (s.isEmpty() || s.length() > 100 || Character.isWhitespace(lines.get(i).text.charAt(0))) {
            return false;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (!(Character.isUpperCase(first) || Character.isDigit(first)) || ".!?:;,…\"”'’".indexOf(last) >= 0) {
            return false;
        }
        if (WHITESPACE.split(s).length > MAX_HEADING_WORDS) {
            return false;
        }
        int next = i + 1;
        while (next < end && lines.get(next).isBlank()) {
            next++;
        }
        return next < end;
    }

    /** Index of the first line of a trailing related-links run (its heading, if it has one), or -1. */
    private static int relatedStart(List<Line> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        int runStart = end;
        while (runStart > 0 && isShortLine(lines.get(runStart - 1))) {
            runStart--;
        }
        // The last end-of-article marker in the trailing run of short lines, with at least two lines after it.
        int after = 0; // non-blank lines in [k + 1, end), counted as k goes up the run: one pass, however long
        for (int k = end - 1; k >= runStart; k--) {
            if (k + 1 < end && !lines.get(k + 1).isBlank()) {
                after++;
            }
            if (after < 2) {
                continue;
            }
            String m = lines.get(k).text.strip();
            if (RelatedCues.isRelatedHeading(m)) {
                return k;
            }
            if (ARTICLE_END.matcher(m).find()) {
                return k + 1;
            }
        }
        // Else a final run of at least three teaser-like lines.
        int teaserStart = end;
        while (teaserStart > 0 && isTeaserLine(lines.get(teaserStart - 1))) {
            teaserStart--;
        }
        return teaserStart > 0 && countNonBlank(lines, teaserStart, end) >= 3 ? teaserStart : -1;
    }

    private static boolean isShortLine(Line line) {
        return line.isBlank() || (line.text.length() <= MAX_TEASER_CHARS && !BULLET.matcher(line.text).find());
    }

    private static boolean isTeaserLine(Line line) {
        if (line.isBlank()) {
            return true;
        }
        String s = line.text.strip();
        return isShortLine(line) && (TEASER_OPENING.matcher(s).find() || s.endsWith("…") || s.endsWith("..."));
    }

    private static int countNonBlank(List<Line> lines, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (!lines.get(k).isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static RelatedLinks related(List<Line> lines, int from) {
        Prose heading = Prose.empty(lines.get(from).start);
        int first = from;
        if (RelatedCues.isRelatedHeading(lines.get(from).text.strip())) {
            heading = prose(lines, from, from + 1, 0);
            first = from + 1;
        }
        List<RelatedItem> items = new ArrayList<>();
        int last = from;
        for (int k = first; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.isBlank()) {
                continue;
            }
            items.add(new RelatedItem(l.span(), Prose.empty(l.start), "", prose(lines, k, k + 1, 0)));
            last = k;
        }
        return new RelatedLinks(new Span(lines.get(from).start, lines.get(last).end), heading, items);
    }

    /** One source line: its offsets (without the line break) and text. */
    private record Line(int start, int end, String text) {

        boolean isBlank() {
            return text.isBlank();
        }

        Span span() {
            return new Span(start, end);
        }
    }
}
