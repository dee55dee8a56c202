package dev.copydesk.parse.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * flexmark's parser as Copydesk configures it: CommonMark with GFM tables and strikethrough (no autolink extension:
 * bare URLs are found while mapping text, at a fraction of its cost), with stand-ins that build the same tree
 * faster: {@link SharedHtmlBlocks}, {@link StringInlineParser} and {@link LazyTables}.
 */
public final class Flexmark {

    private Flexmark() {
    }

    /** A new parser; thread-safe, as flexmark's parsers use fresh state for every parse. */
    public static Parser parser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create()));
        options.set(Parser.HTML_BLOCK_PARSER, false);
        Parser.Builder builder = Parser.builder(options).customBlockParserFactory(new SharedHtmlBlocks())
                .paragraphPreProcessorFactory(new LazyTables());
        return StringInlineParser.install(builder).build();
    }
}
