package dev.copydesk.document;

import dev.copydesk.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One parsed article: its source, format, title, blocks in source order, inline suppression directives, metadata
 * (front-matter keys and values, or HTML meta tags), what the blocks leave out of the source, and the page
 * furniture set aside while reading it, in source order (empty but for HTML pages).
 */
public record Document(SourceFile source, Format format, Optional<Title> title, List<Block> blocks,
        List<Directive> directives, Map<String, List<String>> metadata, Unmodelled unmodelled,
        List<Furniture> furniture) {

    public Document {
        blocks = List.copyOf(blocks);
        directives = List.copyOf(directives);
        metadata = Map.copyOf(metadata);
        furniture = List.copyOf(furniture);
    }

    /** A document with no furniture set aside. */
    public Document(SourceFile source, Format format, Optional<Title> title, List<Block> blocks,
            List<Directive> directives, Map<String, List<String>> metadata, Unmodelled unmodelled) {
        this(source, format, title, blocks, directives, metadata, unmodelled, List.of());
    }

    /** A document whose blocks model all of its source. */
    public Document(SourceFile source, Format format, Optional<Title> title, List<Block> blocks,
            List<Directive> directives, Map<String, List<String>> metadata) {
        this(source, format, title, blocks, directives, metadata, Unmodelled.NONE);
    }

    /** Every related-links region, wherever it sits. */
    public List<RelatedLinks> relatedLinks() {
        return Blocks.flatten(blocks).stream()
                .filter(RelatedLinks.class::isInstance)
                .map(RelatedLinks.class::cast)
                .toList();
    }
}
