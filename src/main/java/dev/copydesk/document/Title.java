package dev.copydesk.document;

/** The article's title and where it was found. */
public record Title(Prose text, Origin origin) {

    /** Where a title comes from. */
    public enum Origin {
        /** The {@code title} key of Markdown front matter. */
        FRONT_MATTER,
        /** The HTML {@code <title>} element. */
        HTML_TITLE,
        /** An {@code og:title} meta tag. */
        OPEN_GRAPH,
        /** The first level-1 heading, which is also one of the document's blocks. */
        HEADING
    }
}
