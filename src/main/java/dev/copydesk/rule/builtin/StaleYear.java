package dev.copydesk.rule.builtin;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Document;
import dev.copydesk.document.Heading;
import dev.copydesk.document.Prose;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.document.Title;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A past year in time-sensitive framing ("Best laptops 2023", "in 2024", "(2023)", "Philadelphia 2024") in the
 * title, a heading or a related-links item. Body prose is not checked: there a past year is usually history.
 */
public final class StaleYear implements Rule {

    public static final RuleMeta META = new RuleMeta("stale-year", Severity.WARNING,
            "A title, heading or related link presents a past year as current (\"Best … 2023\", \"in 2024\").",
            "Dated headlines tell readers and search engines the page is out of date: update the content and the "
                    + "year, or drop the year if the piece is evergreen.");

    public static final RuleProvider PROVIDER = new RuleProvider(META, StaleYear::create);

    private static final Pattern YEAR = Pattern.compile("(?<![\\d$#.,/-])(?:19|20)\\d{2}(?![\\d%]|,\\d|\\.\\d)");

    /** A framing word right before the year: "in 2024", "for 2024", "of 2024". */
    private static final Pattern BEFORE = Pattern.compile(
            "(?i)\\b(?:in|for|of|by|until|through|thru)\\s+$");

    /** A framing word right after the year: "2024 guide", "2023 edition". */
    private static final Pattern AFTER = Pattern.compile(
            "(?i)^\\s+(?:buyer'?s\\s+guide|guide|edition|update|updated|review|reviews|list|ranking|rankings|"
                    + "trends|predictions|outlook|forecast|picks|deals|version|season|calendar|schedule|roundup|"
                    + "round-up|report|awards|rates|prices|update)\\b");

    /** A word anywhere before the year that presents the text as current: "Best … 2023". */
    private static final Pattern CURRENT = Pattern.compile(
            "(?i)\\b(?:best|top|latest|current|currently|newest|new|now|today|upcoming|updated|this\\s+year'?s?)\\b");

    /** A capitalised word (a place, an event, a product) directly before the year: "Philadelphia 2024". */
    private static final Pattern NAMED = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+\\s+$");

    private final int currentYear;
    private final int maxAge;

    private StaleYear(int currentYear, int maxAge) {
        this.currentYear = currentYear;
        this.maxAge = maxAge;
    }

    private static Rule create(RuleOptions options, RuleEnvironment env) throws ConfigException {
        return new StaleYear(env.today().getYear(), Math.max(1, options.integer("maxAge", 10)));
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Document document, RuleContext context) {
        document.title().filter(t -> t.origin() != Title.Origin.HEADING)
                .ifPresent(t -> checkText(t.text(), "The title", context));
        for (Block b : Blocks.flatten(document.blocks())) {
            if (b instanceof Heading h) {
                checkText(h.text(), "The heading", context);
            } else if (b instanceof RelatedLinks r) {
                for (RelatedItem item : r.items()) {
                    checkText(item.title(), "The related link", context);
                    checkText(item.teaser(), "The related link", context);
                }
            }
        }
    }

    private void checkText(Prose prose, String where, RuleContext context) {
        String text = prose.text();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            if (year >= currentYear || year < currentYear - maxAge) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
            String framing = framing(text, m.start(), m.end(), before, after);
            if (framing != null) {
                context.report(new Finding(prose.sourceSpan(m.start(), m.end()),
                        where + " presents " + year + " as current (" + framing + "), but it is " + currentYear
                                + ": \"" + Quoting.head(text) + "\".",
                        List.of(), Map.of("year", year, "currentYear", currentYear)));
            }
        }
    }

    /** How the year is framed as current, or null when it reads as history. */
    private static String framing(String text, int start, int end, String before, String after) {
        if (start > 0 && end < text.length() && "([".indexOf(text.charAt(start - 1)) >= 0
                && ")]".indexOf(text.charAt(end)) >= 0) {
            return "a year in brackets";
        }
        Matcher b = BEFORE.matcher(before);
        if (b.find()) {
            return "\"" + b.group().trim() + " " + text.substring(start, end) + "\"";
        }
        Matcher a = AFTER.matcher(after);
        if (a.find()) {
            return "\"" + text.substring(start, end) + " " + a.group().trim() + "\"";
        }
        Matcher c = CURRENT.matcher(text.substring(0, start));
        if (c.find()) {
            return "\"" + c.group() + "\"";
        }
        Matcher n = NAMED.matcher(before);
        if (n.find()) {
            return "\"" + n.group().trim() + " " + text.substring(start, end) + "\"";
        }
        return null;
    }
}
