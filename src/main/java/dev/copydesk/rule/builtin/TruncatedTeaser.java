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
 * Text cut off by a CMS or a scraper: a related-links title or teaser, or a link's text, ending in an ellipsis or
 * with an ellipsis followed only by a call to action ("… Read more"), and an elision mark ({@code […]}) anywhere in
 * the article.
 */
public final class TruncatedTeaser implements Rule {

    public static final RuleMeta META = new RuleMeta("truncated-teaser", Severity.WARNING,
            "A teaser, excerpt or link text is cut off (ends in \"…\" or \"… Read more\", or contains \"[…]\").",
            "Cut-off text looks broken and hides what the link is about: show the whole title or teaser, or end it "
                    + "at a full sentence.");

    public static final RuleProvider PROVIDER = new RuleProvider(META, (options, env) -> new TruncatedTeaser());

    /** An ellipsis, or an elision mark in brackets. */
    private static final String ELLIPSIS = "(?:\\[\\s*(?:…|\\.\\.\\.)\\s*]|…|\\.{3,})";

    /**
     * An ellipsis at the very end. One followed by a closing quote or bracket ends a quotation or an aside that is
     * complete ("(rice, noodles…)"), so it is not a cut.
     */
    private static final Pattern TRAILING_ELLIPSIS = Pattern.compile(ELLIPSIS + "$");

    /** Calls to action of more than one word: "Read more", "Continue reading", "Read the full story". */
    private static final String CALL = "(?:read\\s+(?:more|on|the\\s+rest|(?:the\\s+)?full\\s+(?:article|story|post))"
            + "|continue\\s+reading|keep\\s+reading|(?:see|view|show|load|learn|find\\s+out)\\s+more)";

    /** Arrows and other symbols that decorate a call to action: "»", "›", "→", "➔", "&gt;". */
    private static final String ARROW = "[»›\\p{So}\\p{Sm}]";

    /** Link labels that are whole before a decorative ellipsis: "Continue reading…", "Read more…". */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)^\\W*(?:continue(?: reading)?|read (?:more|on|the rest)|keep reading|(?:see|view|show|load|learn) more"
                    + "|more|find out more)\\s*(?:…|\\.{3,})$");

    /** A call to action right before a final ellipsis, which then decorates it: "All ages. Read More...". */
    private static final Pattern CALL_BEFORE_END = Pattern.compile(
            "(?iU)(?<![\\p{L}\\p{N}])" + CALL + "\\s*" + ELLIPSIS + "$");

    /**
     * An ellipsis (group 1) followed by nothing but a call to action: "… READ MORE", "... Read more »",
     * "[…] Continue reading". A bare "more" or "continue" counts only in brackets or before an arrow ("… [more]",
     * "… More »"): "Less is… more." is a whole title.
     */
    private static final Pattern CUT_BEFORE_CALL = Pattern.compile("(?iU)(" + ELLIPSIS + ")(?:\\s|" + ARROW + ")*"
            + "(?:[\\[(]?\\s*" + CALL + "(?![\\p{L}\\p{N}])\\s*[\\])]?"
            + "|[\\[(]\\s*(?:more|continue)\\s*[\\])]"
            + "|(?:more|continue)\\s*" + ARROW + ")"
            + "(?:[\\s.…:]|" + ARROW + ")*$");

    private static final String LINK_TEXT = "Link text";

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
                // One finding per item: its title, else its teaser, else a link of its teaser.
                if (report(item.title(), 0, item.title().length(), "Related link title", context)
                        || report(item.teaser(), 0, item.teaser().length(), "Teaser", context)) {
                    continue;
                }
                for (Link link : item.teaser().links()) {
                    if (report(item.teaser(), link.text().start(), link.text().end(), LINK_TEXT, context)) {
                        break;
                    }
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
                report(prose, link.text().start(), link.text().end(), LINK_TEXT, context);
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

    /** Reports the cut in {@code prose.text()[from, to)}, if it has one; true if it did. */
    private static boolean report(Prose prose, int from, int to, String what, RuleContext context) {
        String text = prose.text().substring(from, to);
        Span cut = cut(text);
        if (cut == null) {
            return false;
        }
        // A link's text is quoted whole; a title or teaser by its end, which holds the cut.
        String quoted = what.equals(LINK_TEXT) ? text : Quoting.tail(text);
        context.report(new Finding(prose.sourceSpan(from + cut.start(), from + cut.end()),
                what + " \"" + quoted + "\" is cut off.", List.of(), Map.of()));
        return true;
    }

    /**
     * Where in {@code text} the ellipsis that cuts it short is, or null: one followed by nothing but a call to
     * action, else one at the very end that does not decorate a call to action.
     */
    static Span cut(String text) {
        // Only a text with "…" or "..." can hold an ellipsis: the others are not searched.
        if (text.indexOf('…') < 0 && !text.contains("...")) {
            return null;
        }
        Matcher m = CUT_BEFORE_CALL.matcher(text);
        if (m.find()) {
            return new Span(m.start(1), m.end(1));
        }
        char last = text.charAt(text.length() - 1);
        if ("….]".indexOf(last) < 0 || CALL_TO_ACTION.matcher(text).matches()
                || CALL_BEFORE_END.matcher(text).find()) {
            return null;
        }
        Matcher t = TRAILING_ELLIPSIS.matcher(text);
        return t.find() ? new Span(t.start(), t.end()) : null;
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
