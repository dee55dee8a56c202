package dev.copydesk.parse.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's CommonMark inline parser, its patterns (links, inline HTML, code spans, entities) run on a String.
 * flexmark runs them on the paragraph's char sequence, whose every char is read through two layers of calls, and
 * takes each match through {@code Matcher.toMatchResult()}, which copies the whole paragraph into a new String: on the
 * freeCodeCamp guides this was a fifth of flexmark's time. Here a paragraph that is one piece of the source (most are)
 * is matched in the source String itself, and any other (a list item's or a quote's lines) in a String copy made once.
 * The pattern, region and bounds are flexmark's, so the matches, and the tree, are the same.
 *
 * <p>{@link #install} registers it: flexmark adds its reference-definition pre-processor only for its own inline
 * parser, so it is added back. One instance parses one document, as flexmark's does.
 */
public final class StringInlineParser extends CommonmarkInlineParser {

    /** The input the String below holds, and where that input starts in it. */
    private BasedSequence matchedInput;
    private String chars;
    private int offset;

    private StringInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    /** Makes {@code builder}'s parsers use this inline parser. */
    public static com.vladsch.flexmark.parser.Parser.Builder install(
            com.vladsch.flexmark.parser.Parser.Builder builder) {
        InlineParserFactory factory = StringInlineParser::new;
        return builder.customInlineParserFactory(factory).paragraphPreProcessorFactory(
                new ReferencePreProcessorFactory());
    }

    /** The match of {@code re} at or after the current index, as flexmark finds it; null if none. */
    private Matcher find(Pattern re) {
        if (input != matchedInput) {
            matchedInput = input;
            if (input instanceof SubSequence && input.getBase() instanceof String source) {
                chars = source;
                offset = input.getStartOffset();
            } else {
                chars = input.toString();
                offset = 0;
            }
        }
        Matcher m = re.matcher(chars);
        m.region(offset + index, offset + input.length());
        return m.find() ? m : null;
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = find(re);
        if (m == null) {
            return null;
        }
        index = m.end() - offset;
        return input.subSequence(m.start() - offset, index);
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = find(re);
        if (m == null) {
            return null;
        }
        index = m.end() - offset;
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = m.start(g) < 0 ? null : input.subSequence(m.start(g) - offset, m.end(g) - offset);
        }
        return groups;
    }
}
