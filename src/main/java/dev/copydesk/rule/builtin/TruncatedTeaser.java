package dev.copydesk.rule.builtin;

import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Document;
import dev.copydesk.document.Link;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Quote;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;
import dev.copydesk.source.Span;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text cut off by a CMS or a scraper: a related-links title or teaser, or a link's text, ending in an ellipsis, and
 * an elision mark ({@code […]}) anywhere in the article.
 */
public final class TruncatedTeaser implements Rule {

    public static final RuleMeta META = new RuleMeta("truncated-teaser", Severity.WARNING,
            "A teaser, excerpt or link text is cut off (ends in \"…\" or contains \"[…]\").",
            "Cut-off text looks broken and hides what the link is about: show the whole title or teaser, or end it "
                    + "at a full sentence.");

    public static final RuleProvider PROVIDER = new RuleProvider(META, (options, env) -> new TruncatedTeaser());

    /**
     * An ellipsis at the very end. One followed by a closing quote or bracket ends a quotation or an aside that is
     * complete ("(rice, noodles…)"), so it is not a cut.
     */
    private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("(?:\\[\\s*(?:…|\\.\\.\\.)\\s*]|…|\\.{3,})$");

    /** Link labels that are whole before a decorative ellipsis: "Continue reading…", "Read more…". */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)^\\W*(?:continue(?: reading)?|read (?:more|on|the rest)|keep reading|(?:see|view|show|load|learn) more"
                    + "|more|find out more)\\s*(?:…|\\.{3,})$");

    /** An elision mark anywhere. */
    private static final Pattern ELISION = Pattern.compile("\\[\\s*(?:…|\\.\\.\\.)\\s*]");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Document document, RuleContext context) {
        for (RelatedLinks region : document.relatedLinks()) {
            for (RelatedItem item : region.items()) {
                boolean reported = checkEnd(item.title(), "Related link title", context);
                if (!reported) {
                    checkEnd(item.teaser(), "Teaser", context);
                }
            }
        }
        List<Span> quotes = Blocks.flatten(document.blocks()).stream()
                .filter(b -> b instanceof Quote).map(Block::span).toList();
        for (Prose prose : ProseBlocks.all(document.blocks())) {
            boolean quoted = !prose.isEmpty() && quotes.stream().anyMatch(q -> q.contains(prose.sourceStart(0)));
            // No "[…]" without a bracket: most texts are not searched.
            Matcher m = prose.text().indexOf('[') < 0 ? null : ELISION.matcher(prose.text());
            boolean elided = false;
            while (m != null && m.find()) {
                // In a quotation or code, "[…]" marks words left out on purpose.
                if (quoted || inCode(prose, m.start()) || insideQuotationMarks(prose.text(), m.start())) {
                    continue;
                }
                elided = true;
                context.report(new Finding(prose.sourceSpan(m.start(), m.end()),
                        "Text is cut off here (\"" + m.group() + "\"): \"" + around(prose.text(), m.start()) + "\".",
                        List.of(), Map.of()));
            }
            if (elided) {
                continue;
            }
            for (Link link : prose.links()) {
                String text = prose.text().substring(link.text().start(), link.text().end());
                Matcher e = TRAILING_ELLIPSIS.matcher(text);
                if (e.find() && !CALL_TO_ACTION.matcher(text).matches()) {
                    int at = link.text().start() + e.start();
                    context.report(new Finding(prose.sourceSpan(at, link.text().start() + e.end()),
                            "Link text \"" + text + "\" is cut off.", List.of(), Map.of()));
                }
            }
        }
    }

    private static boolean inCode(Prose prose, int at) {
        return prose.code().stream().anyMatch(c -> c.start() <= at && at < c.end());
    }

    /** True if {@code at} lies between an opening and a closing double quotation mark of the text. */
    static boolean insideQuotationMarks(String text, int at) {
        boolean straight = false;
        int curly = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight = !straight;
            } else if (c == '“' || c == '«' || c == '„') {
                curly++;
            } else if ((c == '”' || c == '»') && curly > 0) {
                curly--;
            }
        }
        return straight || curly > 0;
    }

    private static boolean checkEnd(Prose prose, String what, RuleContext context) {
        String t = prose.text();
        // Only a text ending in "…", "." or "]" can end in an ellipsis: the others are not searched.
        if (t.isEmpty() || "….]".indexOf(t.charAt(t.length() - 1)) < 0) {
            return false;
        }
        Matcher m = TRAILING_ELLIPSIS.matcher(t);
        if (!m.find()) {
            return false;
        }
        context.report(new Finding(prose.sourceSpan(m.start(), m.end()),
                what + " \"" + Quoting.tail(prose.text()) + "\" is cut off.", List.of(), Map.of()));
        return true;
    }

    private static String around(String text, int at) {
        int from = Math.max(0, at - 40);
        int sp = text.indexOf(' ', from);
        if (from > 0 && sp >= 0 && sp < at) {
            from = sp + 1;
        }
        int to = Math.min(text.length(), at + 45);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
