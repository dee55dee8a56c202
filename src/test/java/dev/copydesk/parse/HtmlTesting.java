package dev.copydesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Document;
import dev.copydesk.document.Figure;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.document.Table;
import dev.copydesk.source.Position;
import dev.copydesk.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** Parsing HTML in tests, and the checks every parsed document must pass. */
final class HtmlTesting {

    private HtmlTesting() {
    }

    static Document parse(String html) {
        Document doc = new HtmlParser().parse(new SourceFile("test.html", html));
        assertMapsToSource(doc);
        return doc;
    }

    /** The source text of a block. */
    static String source(Document doc, Block block) {
        return doc.source().slice(block.span());
    }

    /** The line:column where a word of a prose starts in the source. */
    static Position where(Document doc, Prose prose, String word) {
        int i = prose.text().indexOf(word);
        assertThat(i).as("'%s' in '%s'", word, prose.text()).isNotNegative();
        return doc.source().lines().position(prose.sourceSpan(i, i + word.length()).start());
    }

    /** The texts of the top-level blocks, one string each (headings and paragraphs by text, others by kind). */
    static List<String> outline(Document doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Heading h) {
                out.add("h" + h.level() + ": " + h.text());
            } else if (b instanceof Paragraph p) {
                out.add("p: " + p.text());
            } else if (b instanceof ListBlock l) {
                out.add("list: " + l.items().stream().map(i -> i.text().text()).toList());
            } else if (b instanceof RelatedLinks r) {
                out.add("related: " + r.heading() + " " + r.items().stream().map(RelatedItem::text).toList());
            } else {
                out.add(b.getClass().getSimpleName());
            }
        }
        return out;
    }

    /** Every prose of a document: title, block texts, items, cells, captions, related headings and items. */
    static List<Prose> allProse(Document doc) {
        List<Prose> out = new ArrayList<>();
        doc.title().ifPresent(t -> out.add(t.text()));
        for (Block b : Blocks.flatten(doc.blocks())) {
            if (b instanceof Heading h) {
                out.add(h.text());
            } else if (b instanceof Paragraph p) {
                out.add(p.text());
            } else if (b instanceof ListBlock l) {
                l.items().stream().map(ListItem::text).forEach(out::add);
            } else if (b instanceof Table t) {
                out.addAll(t.cells());
            } else if (b instanceof Figure f) {
                out.add(f.caption());
            } else if (b instanceof RelatedLinks r) {
                out.add(r.heading());
                for (RelatedItem item : r.items()) {
                    out.add(item.title());
                    out.add(item.teaser());
                }
            }
        }
        return out;
    }

    /**
     * Every prose char maps into the source and every block span lies in it; a char that is not a space maps to
     * itself, or to a character reference ({@code &…}) when it came from one, or for U+FFFD to the char the parser
     * replaced (a NUL).
     */
    static void assertMapsToSource(Document doc) {
        String src = doc.source().text();
        for (Block b : Blocks.flatten(doc.blocks())) {
            assertThat(b.span().end()).as("span of %s", b).isLessThanOrEqualTo(src.length());
        }
        for (Prose prose : allProse(doc)) {
            String text = prose.text();
            for (int i = 0; i < text.length(); i++) {
                int start = prose.sourceStart(i);
                int end = prose.sourceEnd(i);
                assertThat(start).as("start of char %d of '%s'", i, text).isBetween(0, src.length());
                assertThat(end).as("end of char %d of '%s'", i, text).isBetween(start, src.length());
                char c = text.charAt(i);
                if (c == ' ' || (c == '\uFFFD' && end - start == 1)) {
                    continue;
                }
                if (end - start == 1) {
                    assertThat(src.charAt(start)).as("char %d of '%s'", i, text).isEqualTo(c);
                } else {
                    assertThat(src.charAt(start)).as("reference behind char %d of '%s'", i, text).isEqualTo('&');
                }
            }
        }
    }
}
