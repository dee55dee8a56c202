package dev.copydesk.parse;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.copydesk.document.Block;
import dev.copydesk.document.Directive;
import dev.copydesk.document.Document;
import dev.copydesk.document.Format;
import dev.copydesk.document.Heading;
import dev.copydesk.document.Title;
import dev.copydesk.parse.markdown.BlockMapper;
import dev.copydesk.parse.markdown.Flexmark;
import dev.copydesk.parse.markdown.FrontMatter;
import dev.copydesk.parse.markdown.HeavyBlocks;
import dev.copydesk.parse.markdown.PlainParagraphs;
import dev.copydesk.parse.markdown.RelatedRegions;
import dev.copydesk.source.SourceFile;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses Markdown (CommonMark with GFM tables, strikethrough and bare-URL autolinks, and YAML front matter) with
 * flexmark, keeping every prose char's source offset.
 *
 * <p>The title is the front matter's {@code title}, else the first top-level level-1 heading. HTML comments of the
 * form {@code <!-- copydesk-disable … -->} anywhere are directives. Related-links sections become
 * {@code RelatedLinks} blocks. Text nested so deeply that flexmark overflows the stack, and blocks so large that it would
 * take minutes over them ({@link HeavyBlocks}), are read as plain paragraphs.
 *
 * <p>Thread-safe: flexmark's {@code Parser} is built once and uses fresh state for every parse.
 */
public final class MarkdownParser implements Parser {

    private final com.vladsch.flexmark.parser.Parser flexmark;

    public MarkdownParser() {
        this.flexmark = Flexmark.parser();
    }

    @Override
    public Document parse(SourceFile source) {
        FrontMatter frontMatter = FrontMatter.read(source);
        List<Directive> directives = new ArrayList<>();
        List<Block> blocks = RelatedRegions.apply(body(source, frontMatter.end(), directives));
        Optional<Title> title = frontMatter.title().map(p -> new Title(p, Title.Origin.FRONT_MATTER))
                .or(() -> firstTopHeading(blocks));
        return new Document(source, Format.MARKDOWN, title, blocks, directives, frontMatter.metadata());
    }

    /**
     * The blocks after the front matter; offsets stay those of the whole text, as flexmark parses slices of it.
     * Blocks that flexmark would take minutes over are read as plain paragraphs, and the text around them is parsed
     * on its own.
     */
    private List<Block> body(SourceFile source, int from, List<Directive> directives) {
        List<Span> heavy = HeavyBlocks.find(source.text(), from);
        if (heavy.isEmpty()) {
            return slice(source, from, source.text().length(), directives);
        }
        List<Block> blocks = new ArrayList<>();
        int at = from;
        for (Span h : heavy) {
            blocks.addAll(slice(source, at, h.start(), directives));
            blocks.addAll(PlainParagraphs.of(source, h.start(), h.end()));
            at = h.end();
        }
        blocks.addAll(slice(source, at, source.text().length(), directives));
        return blocks;
    }

    private List<Block> slice(SourceFile source, int from, int to, List<Directive> directives) {
        String text = source.text();
        if (from >= to) {
            return List.of();
        }
        Node document;
        try {
            document = flexmark.parse(BasedSequence.of(text).subSequence(from, to));
        } catch (StackOverflowError e) {
            return PlainParagraphs.of(source, from, to);
        }
        return BlockMapper.map(text, (com.vladsch.flexmark.util.ast.Document) document, directives);
    }

    private static Optional<Title> firstTopHeading(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Heading h && h.level() == 1 && !h.text().isEmpty()) {
                return Optional.of(new Title(h.text(), Title.Origin.HEADING));
            }
        }
        return Optional.empty();
    }
}
