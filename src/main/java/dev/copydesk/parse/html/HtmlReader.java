package dev.copydesk.parse.html;

import dev.copydesk.document.Block;
import dev.copydesk.document.Document;
import dev.copydesk.document.Format;
import dev.copydesk.document.Furniture;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.source.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * Reads a page parsed by jsoup (with position tracking) into a {@link Document}: finds the article, walks it into
 * blocks, adds the related-links regions found elsewhere in the page, and reads title, metadata and directives.
 *
 * <p>A fragment (no {@code <html>}, {@code <head>} or {@code <body>} tag in the source, as a CMS body is) is an
 * article as a whole; a full page is searched for its article by {@link ArticleLocator}.
 */
public final class HtmlReader {

    private HtmlReader() {
    }

    /** The document of {@code source}, which {@code dom} was parsed from with position tracking on. */
    public static Document read(SourceFile source, org.jsoup.nodes.Document dom) {
        String text = source.text();
        Element body = dom.body() != null ? dom.body() : dom;
        boolean fragment = isFragment(dom);
        ArticleLocator.Located located = fragment ? ArticleLocator.Located.whole(body) : ArticleLocator.locate(body);
        Element article = located.root();
        RelatedRegions related = RelatedRegions.find(body, article, located.core(), text);
        List<RelatedLinks> emitted = new ArrayList<>();
        boolean local = article != body && !article.normalName().equals("html");
        List<Furniture> furniture = new ArrayList<>();
        List<Block> blocks = BlockWalker.walk(located, !fragment, local, related, text,
                emitted, furniture);
        blocks = withOtherRegions(blocks, related.all(), emitted);
        return new Document(source, Format.HTML, PageHead.title(dom, blocks, text), blocks,
                PageHead.directives(dom, text), PageHead.metadata(dom), new HtmlUnmodelled(text), furniture);
    }

    /** Adds the related regions outside the article (a sidebar, say) to the blocks, in source order. */
    private static List<Block> withOtherRegions(List<Block> blocks, List<RelatedLinks> regions,
            List<RelatedLinks> emitted) {
        if (regions.size() == emitted.size()) {
            return blocks;
        }
        Set<RelatedLinks> done = Collections.newSetFromMap(new IdentityHashMap<>());
        done.addAll(emitted);
        List<Block> out = new ArrayList<>(blocks);
        for (RelatedLinks r : regions) {
            if (!done.contains(r)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(b -> b.span().start()));
        return out;
    }

    private static boolean isFragment(org.jsoup.nodes.Document dom) {
        for (String tag : new String[] {"html", "head", "body"}) {
            Element e = dom.selectFirst(tag);
            if (e != null) {
                Range r = e.sourceRange();
                if (r.isTracked() && r.startPos() < r.endPos()) {
                    return false;
                }
            }
        }
        return true;
    }
}
