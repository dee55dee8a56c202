package dev.copydesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Document;
import dev.copydesk.document.Prose;
import dev.copydesk.source.Position;
import dev.copydesk.source.SourceFile;
import java.util.List;

/** Shared parsing and lookup for the Markdown parser's tests. */
final class Markdown {

    static final MarkdownParser PARSER = new MarkdownParser();

    private Markdown() {
    }

    static Document parse(String text) {
        return PARSER.parse(new SourceFile("test.md", text));
    }

    /** The only top-level block of a kind. */
    static <T extends Block> T only(Document doc, Class<T> kind) {
        List<T> found = doc.blocks().stream().filter(kind::isInstance).map(kind::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Every block of a kind, nested ones included, in source order. */
    static <T extends Block> List<T> all(List<Block> blocks, Class<T> kind) {
        return Blocks.flatten(blocks).stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static String slice(Document doc, Block block) {
        return doc.source().slice(block.span());
    }

    /** Line and column in the source of the first occurrence of {@code word} in the prose. */
    static Position position(Document doc, Prose prose, String word) {
        int i = prose.text().indexOf(word);
        assertThat(i).as("'%s' in '%s'", word, prose.text()).isNotNegative();
        return doc.source().lines().position(prose.sourceSpan(i, i + word.length()).start());
    }

    /** The source text behind the first occurrence of {@code word} in the prose. */
    static String sourceOf(Document doc, Prose prose, String word) {
        int i = prose.text().indexOf(word);
        assertThat(i).as("'%s' in '%s'", word, prose.text()).isNotNegative();
        return doc.source().slice(prose.sourceSpan(i, i + word.length()));
    }
}
