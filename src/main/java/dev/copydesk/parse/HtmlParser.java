package dev.copydesk.parse;

import dev.copydesk.document.Document;
import dev.copydesk.parse.html.HtmlReader;
import dev.copydesk.source.SourceFile;
import org.jsoup.Jsoup;

/**
 * Parses HTML, a full page or a fragment such as a CMS body, into a {@link Document} whose every prose char maps to
 * its exact place in the source.
 *
 * <p>In a full page only the article is read: the element marked as such ({@code itemprop=articleBody},
 * {@code <article>}, {@code <main>}, common CMS content classes) or else the densest block of text. Site chrome
 * (menus, headers, footers, comments, cookie banners, share bars), scripts and hidden elements are never prose.
 * Related-links regions are kept as {@link dev.copydesk.document.RelatedLinks} blocks wherever they are. Title
 * comes from {@code <title>}, then {@code og:title}, then the first {@code <h1>}; metadata from meta tags and
 * {@code <html lang>}; suppression directives from {@code <!-- copydesk-… -->} comments anywhere.
 *
 * <p>Any input is a document: jsoup repairs what is broken. Stateless and thread-safe: each parse makes its own
 * jsoup parser, which is not thread-safe.
 */
public final class HtmlParser implements Parser {

    @Override
    public Document parse(SourceFile source) {
        org.jsoup.nodes.Document dom = Jsoup.parse(source.text(), "",
                org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
        return HtmlReader.read(source, dom);
    }
}
