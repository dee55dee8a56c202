package dev.copydesk.parse.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * flexmark as Copydesk configures it, with its faster stand-ins, builds the tree flexmark's own configuration builds,
 * node for node and segment for segment.
 */
class FlexmarkTest {

    private static final List<String> SAMPLES = List.of(
            // Links of every form, titles, and reference definitions (which only flexmark's own factory registers).
            "[a](http://e.com) [b](<http://e.com/x y> \"title\") [c](/p 'single') [d](/q (paren)) [e][ref] [ref]\n\n"
                    + "[ref]: http://e.com/ref \"Ref\"\n[other]:\n  /url\n",
            "![img](a.png \"t\") [nested [brackets]](u) [a](b(c)d) [broken](http://e.com\n\n<http://auto.link> "
                    + "<mail@example.com> <not a link>\n",
            // Inline HTML, entities, code spans with backticks inside, escapes.
            "Text <b>bold</b> <a href=\"x\">x</a> <!-- c --> <?pi?> <!DOCTYPE x> <![CDATA[d]]> &amp; &#169; &#xA9; "
                    + "&bogus; `` a ` b `` `unclosed \\*not\\* \\[x\\]\n",
            // Emphasis, strikethrough, hard breaks.
            "*em* **strong** _a_ __b__ ~~gone~~ ***both*** a*b*c  \nnext line\\\nlast\n",
            // Paragraphs that are not one piece of the source: in quotes, lists, indented continuation lines.
            "> quoted [link](http://e.com) and <i>html</i>\n> second `code` line\n\n- item <b>x</b>\n  [a](b) more\n"
                    + "  - nested &amp; [ref]\n\n1. one\n   two <span>s</span>\n\n[ref]: /r\n",
            // A table whose cells hold inline markup, a heading, and CRLF line ends.
            "| a | b |\r\n|---|---|\r\n| [x](y) | <b>z</b> |\r\n\r\n# Heading [h](/h) `c`\r\n\r\nText\r\nmore\r\n",
            // Tables: without outer pipes, with a pipe only on a later line, in a list item and a quote, after a
            // reference definition in the same paragraph, and escaped pipes.
            "a | b\n--|--\n1 | 2\n\nNo pipe here\n| a | b |\n|---|---|\n\n- | x | y |\n  |---|---|\n  | 1 | 2 |\n\n"
                    + "> | q | r |\n> |:-|-:|\n> | 3 | 4 |\n\n[r]: /u\n| a | b |\n|---|---|\n| \\| | `|` |\n",
            "| only | header |\n\nText | with a pipe\n\n|---|\n\n| a |\n|---|\n| b |\n[Caption]\n",
            // Lines starting with "<", after a blank line and within a paragraph: lone tags, block tags in any case,
            // inline tags followed by text, namespaces, comments, declarations, and things that are not tags.
            "<a href='https://e.com/x' target='_blank'>A stub</a>. Help us.\n\n<a href=\"x\">\n\n<span>s</span>\n\n"
                    + "<DIV class=x>text\n\n</section>\n\n<p>para\n\n<svg:rect width=1>\n\n<_x:div>\n\n<é-ns:section class=x\n\n<custom-element>\n\n<br/>\n\n"
                    + "< not a tag\n\n<?php echo 1; ?>\n\n<!-- c\n\n<![CDATA[ x ]]>\n\n<!DOCTYPE html>\n\n"
                    + "<script src=x></script> after\n\n<pre>\ncode\n</pre>\n\n<textarea>\n\n<div-x>\n\n<Table>\n\n"
                    + "<img src=a.png> caption\n\n<h2 id=x>Heading</h2>  \n\n<1>\n\n<\n",
            "Para\n<a href=x>link</a> more\nPara\n<div>\nPara\n<span>x</span>\nPara\n<!-- c -->\nPara\n<?x?>\n"
                    + "Para\n<pre>\nPara\n</Div> \n\n- item\n  <div>in item</div>\n\n> <section>\n> quoted\n",
            // Tabs, non-ASCII and a trailing unterminated construct.
            "\tcode\n\nCafé — [naïve](/ü) <em>ü</em> `ß`\n\n[unterminated](<http://e.com\n");

    /** flexmark with its own parts only. */
    private static Parser plainFlexmark() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        return Parser.builder(options).build();
    }

    /** Every node with its class, offsets and the text of each of its segments. */
    private static void tree(Node n, StringBuilder out) {
        out.append(n.getClass().getSimpleName()).append('[').append(n.getStartOffset()).append(',')
                .append(n.getEndOffset());
        for (BasedSequence s : n.getSegments()) {
            out.append(' ').append(s.getStartOffset()).append(':').append(s.isNull() ? "null" : s.toString());
        }
        out.append(']');
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            out.append('(');
            tree(c, out);
            out.append(')');
        }
    }

    private static String tree(Parser p, String text, int from) {
        StringBuilder out = new StringBuilder();
        tree(p.parse(BasedSequence.of(text).subSequence(from, text.length())), out);
        return out.toString();
    }

    @Test
    void buildsTheTreeFlexmarksOwnPartsBuild() throws IOException {
        List<String> texts = new ArrayList<>(SAMPLES);
        // And every Markdown article of the samples and fixtures.
        for (String root : List.of("samples", "src/test/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(SAMPLES.size() + 30);
        Parser core = plainFlexmark();
        Parser ours = Flexmark.parser();
        for (String text : texts) {
            // Whole, and as a slice not starting at the text's start, as the Markdown parser parses after front matter.
            for (int from : new int[] {0, Math.min(3, text.length())}) {
                assertThat(tree(ours, text, from)).as(text).isEqualTo(tree(core, text, from));
            }
        }
        assertThat(tree(ours, SAMPLES.get(0), 0)).contains("Reference[").contains("LinkRef[");
        assertThat(tree(ours, SAMPLES.get(6), 0)).contains("TableBlock[").contains("Reference[");
        assertThat(tree(ours, SAMPLES.get(8), 0)).contains("HtmlBlock[").contains("HtmlCommentBlock[").contains("HtmlInline[");
    }
}
