package dev.copydesk.parse.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * flexmark's HTML block parser, its factory made once per parser instead of once per document, and asked only about
 * lines that may start an HTML block.
 *
 * <p>The factory compiles its eight patterns for every document it is made for, which on a site of small files cost
 * more than parsing their HTML; it keeps no state of a document (only the options and the patterns), so one serves
 * them all. For a line starting with {@code <} it tries seven patterns, each scanning the whole line through
 * flexmark's char sequences although it can only match at its start: a fifth of flexmark's time on the freeCodeCamp
 * guides, many of whose lines start with a link. A line can start a block only if {@code <} is followed by {@code !} or {@code ?} (comments,
 * processing instructions, declarations, CDATA), or by the name of a block tag or of {@code script}, {@code pre} or
 * {@code style}, or if the line ends with {@code >} (a lone tag); other lines are answered "no block" without asking.
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
            // A race at worst makes two equal factories. The pre-check knows only the pattern-based reading.
            BlockParserFactory blocks = core.apply(options);
            f = Parser.HTML_BLOCK_DEEP_PARSER.get(options) ? blocks : new PreChecked(blocks, blockTags(options));
            shared = f;
        }
        return f;
    }

    /** The names that can open a block by themselves, in lower case. */
    private static Set<String> blockTags(DataHolder options) {
        Set<String> tags = new HashSet<>(Set.of("script", "pre", "style"));
        for (String t : Parser.HTML_BLOCK_TAGS.get(options)) {
            tags.add(t.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(tags);
    }

    /** flexmark's factory, asked only about the lines that may start an HTML block. */
    private record PreChecked(BlockParserFactory blocks, Set<String> tags) implements BlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (at < line.length() && line.charAt(at) == '<' && !mayStartBlock(line, at)) {
                return BlockStart.none();
            }
            return blocks.tryStart(state, matched);
        }

        /** False only if no HTML block can start at the {@code <} at {@code at}. */
        private boolean mayStartBlock(BasedSequence line, int at) {
            int end = line.length();
            while (end > at && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
            if (line.charAt(end - 1) == '>') {
                return true;
            }
            int i = at + 1;
            if (i < end && (line.charAt(i) == '!' || line.charAt(i) == '?')) {
                return true;
            }
            if (i < end && line.charAt(i) == '/') {
                i++;
            }
            int nameStart = i;
            for (int j = i; j < end && line.charAt(j) != '>' && line.charAt(j) != '/'
                    && !Character.isWhitespace(line.charAt(j)); j++) {
                if (line.charAt(j) == ':') {
                    return true; // a namespace prefix ("svg:", "_x:"): let flexmark read it
                }
            }
            while (i < end && isAsciiLetterOrDigit(line.charAt(i))) {
                i++;
            }
            return i > nameStart && tags.contains(line.subSequence(nameStart, i).toString().toLowerCase(Locale.ROOT));
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }
}
