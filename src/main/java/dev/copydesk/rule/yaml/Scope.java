package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Location;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which text of a document a rule reads. A rule names one or more scopes; some are unions of others.
 *
 * <ul>
 *   <li>{@code title}, {@code heading}, {@code paragraph}, {@code list} (each item's text), {@code table} (each
 *       cell), {@code caption}, {@code related} (related-links regions: their heading, each item's title and
 *       teaser);</li>
 *   <li>{@code sentence}: each sentence of paragraphs and list items;</li>
 *   <li>{@code body}: paragraphs and list items; {@code article}: title, headings, body, tables and captions (every
 *       text but related links); {@code all}: article and related;</li>
 *   <li>{@code links} (the targets of links) and {@code source} (the whole file as written, markup included): only
 *       for {@code when} and {@code require}.</li>
 * </ul>
 */
enum Scope {
    TITLE, HEADING, PARAGRAPH, LIST, TABLE, CAPTION, SENTENCE, RELATED, LINKS, SOURCE;

    static final String NAMES = "title, heading, paragraph, list, table, caption, sentence, related, body, article, "
            + "all";

    static final Set<Scope> ARTICLE = EnumSet.of(TITLE, HEADING, PARAGRAPH, LIST, TABLE, CAPTION);
    static final Set<Scope> ALL = EnumSet.of(TITLE, HEADING, PARAGRAPH, LIST, TABLE, CAPTION, RELATED);

    /** Reads scope names; {@code documentWide} allows {@code links} and {@code source}. */
    static Set<Scope> parse(List<Located> names, boolean documentWide) throws ConfigException {
        EnumSet<Scope> out = EnumSet.noneOf(Scope.class);
        for (Located n : names) {
            out.addAll(one(n, documentWide));
        }
        Location where = names.get(0).location();
        if (out.contains(SENTENCE) && (out.contains(PARAGRAPH) || out.contains(LIST))) {
            throw new ConfigException(where, "scope sentence cannot be combined with paragraph, list, body, article "
                    + "or all: they cover the same text");
        }
        return out;
    }

    private static Set<Scope> one(Located name, boolean documentWide) throws ConfigException {
        String s = name.value().trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "body":
                return EnumSet.of(PARAGRAPH, LIST);
            case "article":
                return ARTICLE;
            case "all":
                return ALL;
            default:
                for (Scope v : values()) {
                    if (v.name().toLowerCase(Locale.ROOT).equals(s)) {
                        if ((v == LINKS || v == SOURCE) && !documentWide) {
                            throw new ConfigException(name.location(), "scope " + s + " is only for when and require");
                        }
                        return EnumSet.of(v);
                    }
                }
                throw new ConfigException(name.location(), "unknown scope \"" + name.value() + "\" (scopes: " + NAMES
                        + (documentWide ? ", links, source" : "") + ")");
        }
    }
}
