package dev.copydesk.parse.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * flexmark's GFM table pre-processor, asked only about paragraphs whose first line has a {@code |}, and made for a
 * document only once one does. Its own gives up at once on any other paragraph, but only after reading that line
 * char by char through flexmark's char sequences, and it is made, its pattern compiled, for every document: on a
 * site of small files, most without a table, that was a tenth of flexmark's time. Registered in place of the
 * tables extension, with the same dependencies.
 */
public final class LazyTables implements ParagraphPreProcessorFactory {

    private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();

    @Override
    public Set<Class<?>> getAfterDependents() {
        return tables.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return tables.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return tables.affectsGlobalScope();
    }

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
        return new ParagraphPreProcessor() {
            private ParagraphPreProcessor made;

            @Override
            public int preProcessBlock(Paragraph block, ParserState s) {
                if (block.getLineCount() > 0 && !hasPipe(block.getLineChars(0))) {
                    return 0;
                }
                if (made == null) {
                    made = tables.apply(state);
                }
                return made.preProcessBlock(block, s);
            }
        };
    }

    /** True if {@code line} has a {@code |}, read in the source String when the line is one piece of it. */
    private static boolean hasPipe(BasedSequence line) {
        if (line instanceof SubSequence && line.getBase() instanceof String source) {
            for (int i = line.getStartOffset(), end = line.getEndOffset(); i < end; i++) {
                if (source.charAt(i) == '|') {
                    return true;
                }
            }
            return false;
        }
        return line.indexOf('|') >= 0;
    }
}
