package dev.copydesk.parse.html;

import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Directive;
import dev.copydesk.document.Heading;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Title;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.select.NodeTraversor;

/** What a page says about itself rather than in its article: title, meta tags, suppression comments. */
final class PageHead {

    private PageHead() {
    }

    /**
     * The title: the {@code <title>} element, else an {@code og:title} meta tag, else the first level-1 heading among
     * the article's blocks; blank ones are passed over.
     */
    static Optional<Title> title(Document dom, List<Block> blocks, String source) {
        for (Element t : dom.getElementsByTag("title")) {
            if (t.closest("svg, math") != null) {
                continue;
            }
            Prose prose = InlineText.of(t, source);
            if (!prose.isEmpty()) {
                return Optional.of(new Title(prose, Title.Origin.HTML_TITLE));
            }
        }
        for (Element meta : dom.getElementsByTag("meta")) {
            boolean openGraph = meta.attr("property").strip().equalsIgnoreCase("og:title")
                    || meta.attr("name").strip().equalsIgnoreCase("og:title");
            if (openGraph && meta.hasAttr("content")) {
                Prose prose = TextMapper.attribute(meta, "content", source);
                if (!prose.isEmpty()) {
                    return Optional.of(new Title(prose, Title.Origin.OPEN_GRAPH));
                }
            }
        }
        for (Block b : Blocks.flatten(blocks)) {
            if (b instanceof Heading h && h.level() == 1 && !h.text().isEmpty()) {
                return Optional.of(new Title(h.text(), Title.Origin.HEADING));
            }
        }
        return Optional.empty();
    }

    /**
     * Meta tags with a {@code name} or {@code property} and a {@code content} (key lower-cased, values in order),
     * and {@code lang}, the {@code <html>} element's language.
     */
    static Map<String, List<String>> metadata(Document dom) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Element meta : dom.getElementsByTag("meta")) {
            String key = key(meta);
            if (!key.isEmpty() && meta.hasAttr("content")) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(meta.attr("content").strip());
            }
        }
        Element html = dom.selectFirst("html");
        if (html != null && !html.attr("lang").isBlank()) {
            out.computeIfAbsent("lang", k -> new ArrayList<>()).add(html.attr("lang").strip());
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return frozen;
    }

    private static String key(Element meta) {
        String key = meta.attr("name");
        if (key.isBlank()) {
            key = meta.attr("property");
        }
        return key.strip().toLowerCase(Locale.ROOT);
    }

    /** Every {@code <!-- copydesk-… -->} comment in the page, wherever it is, as a directive. */
    static List<Directive> directives(Document dom, String source) {
        List<Directive> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment c) {
                Range r = c.sourceRange();
                // Only a real comment: jsoup also makes comments of "<!x>" and "<?x>".
                if (r.isTracked() && r.endPos() <= source.length() && source.startsWith("<!--", r.startPos())) {
                    Directive.parse(c.getData(), new Span(r.startPos(), r.endPos())).ifPresent(out::add);
                }
            }
        }, dom);
        return out;
    }
}
