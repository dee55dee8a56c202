package dev.copydesk.document;

import dev.copydesk.source.Span;

/**
 * One block of an article, in source order. The set of kinds is closed: rules switch over it.
 *
 * <p>Every block knows the source span it came from. Blocks with readable text expose it as {@link Prose};
 * code, markup and media do not, since they are not prose to be checked.
 */
public sealed interface Block
        permits Heading, Paragraph, ListBlock, Table, CodeBlock, Quote, Figure, Markup, RelatedLinks {

    /** The source span of the whole block, markup included. */
    Span span();
}
