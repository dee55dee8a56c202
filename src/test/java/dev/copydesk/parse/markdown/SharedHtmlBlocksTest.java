package dev.copydesk.parse.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared HTML block factory parses exactly as flexmark's own, document after document. */
class SharedHtmlBlocksTest {

    private static final List<String> SAMPLES = List.of(
            "<script>\nvar x = '<p>';\n</script>\n\nText after.\n",
            "<!-- copydesk-disable-next-line -->\nA paragraph.\n\n<!-- a comment\nover lines -->\n",
            "<?php echo 1; ?>\n\n<!DOCTYPE html>\n\n<![CDATA[ data ]]>\n",
            "<div class=\"note\">\n*not* emphasis\n</div>\n\n<div>\n\n*emphasis*\n\n</div>\n",
            "<custom-tag attr=\"x\">\n\nA paragraph then <span>inline</span> HTML.\n",
            "Paragraph\n<div>does not interrupt</div>\n\n- item\n\n  <table><tr><td>cell</td></tr></table>\n",
            "> <p>quoted html</p>\n\n    <p>indented code</p>\n\n```html\n<p>fenced</p>\n```\n",
            "| a | b |\n|---|---|\n| <b>x</b> | y |\n\n<PRE>\nupper case\n</PRE>\n");

    private static Parser parser(boolean shared) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        if (!shared) {
            return Parser.builder(options).build();
        }
        options.set(Parser.HTML_BLOCK_PARSER, false);
        return Parser.builder(options).customBlockParserFactory(new SharedHtmlBlocks()).build();
    }

    private static String tree(Node n) {
        StringBuilder b = new StringBuilder(n.getClass().getSimpleName()).append('[').append(n.getStartOffset())
                .append(',').append(n.getEndOffset()).append(']');
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            b.append('(').append(tree(c)).append(')');
        }
        return b.toString();
    }

    @Test
    void parsesEveryKindOfHtmlBlockAsFlexmarkDoes() {
        Parser core = parser(false);
        Parser shared = parser(true);
        // Twice over, so the second round runs on a factory (and patterns) made for an earlier document.
        for (int round = 0; round < 2; round++) {
            for (String s : SAMPLES) {
                String expected = tree(core.parse(BasedSequence.of(s)));
                assertThat(tree(shared.parse(BasedSequence.of(s)))).as(s).isEqualTo(expected);
            }
        }
        assertThat(tree(shared.parse(BasedSequence.of(SAMPLES.get(0))))).contains("HtmlBlock");
    }
}
