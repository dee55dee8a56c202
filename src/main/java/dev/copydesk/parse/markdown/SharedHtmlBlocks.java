package dev.copydesk.parse.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * flexmark's HTML block parser, its factory made once per parser instead of once per document: the factory compiles
 * its eight patterns for every document it is made for, which on a site of small files cost more than parsing their
 * HTML. The factory keeps no state of a document (only the options and the patterns), so one serves them all.
 * Registered in place of the core one ({@code Parser.HTML_BLOCK_PARSER} off), in the same place in the order.
 */
public final class SharedHtmlBlocks implements CustomBlockParserFactory {

    private final HtmlBlockParser.Factory core = new HtmlBlockParser.Factory();
    private volatile BlockParserFactory shared;

    @Override
    public Set<Class<?>> getAfterDependents() {
        return core.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return core.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory f = shared;
        if (f == null) {
            f = core.apply(options); // a race at worst makes two equal factories
            shared = f;
        }
        return f;
    }
}
