package dev.copydesk.topic;

import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Document;
import dev.copydesk.document.Heading;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Title;
import dev.copydesk.document.Words;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The topic profile of a whole article: its title counts {@value #TITLE} times, its headings and its description,
 * keyword, section and tag metadata {@value #HEADING} times, and its body (up to {@value #BODY_WORDS} words) once. Related-links regions are not part of
 * the article and are left out.
 */
public final class DocumentTopics {

    public static final double TITLE = 3;
    public static final double HEADING = 2;
    public static final double BODY = 1;

    /**
     * How many words of the body are read: an article's subject shows in its first few thousand words, and reading a
     * book-length page whole would cost more than it tells.
     */
    public static final int BODY_WORDS = 1000;

    /** Metadata keys (HTML meta names and properties, front-matter keys) that say what an article is about. */
    private static final List<String> META_KEYS = List.of("description", "og:description", "keywords",
            "news_keywords", "article:section", "article:tag", "section", "category", "categories", "tags");

    private DocumentTopics() {
    }

    /** The article's profile; {@code context} (say, the site's topics) helps read its ambiguous words. */
    public static TopicProfile profile(Document document, TopicModel model, Collection<String> context) {
        TopicModel.Builder b = model.builder();
        for (Part p : parts(document)) {
            b.add(p.text(), p.weight());
        }
        return b.build(context);
    }

    /** A piece of the article's text and how much it counts. */
    public record Part(String text, double weight) {
    }

    /** The article's title, headings, metadata and body prose, with their weights, in that order. */
    public static List<Part> parts(Document document) {
        List<Part> out = new java.util.ArrayList<>();
        boolean titleIsHeading = document.title().map(t -> t.origin() == Title.Origin.HEADING).orElse(false);
        document.title().ifPresent(t -> out.add(new Part(t.text().text(), TITLE)));
        for (Block block : Blocks.flatten(document.blocks())) {
            if (block instanceof Heading h && !(titleIsHeading && h.level() == 1)) {
                out.add(new Part(h.text().text(), HEADING));
            }
        }
        Map<String, List<String>> meta = document.metadata();
        for (String key : META_KEYS) {
            for (String v : meta.getOrDefault(key, List.of())) {
                out.add(new Part(v, HEADING));
            }
        }
        int words = 0;
        for (Prose p : Blocks.bodyProse(document.blocks())) {
            if (words >= BODY_WORDS) {
                break;
            }
            out.add(new Part(p.text(), BODY));
            words += Words.count(p);
        }
        return out;
    }
}
