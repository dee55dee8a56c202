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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** A framing word right before the year, maybe with a season: "in 2024", "for 2024", "in autumn 2025". */
    private static final Pattern BEFORE = Pattern.compile(
            "(?i)\\b(?:in|for|of|by|until|through|thru)\\s+(?:(?:the\\s+)?(?:spring|summer|autumn|fall|winter)\\s+)?$");

    /** A month, maybe with a day, right before the year: a date ("21 Nov 2017", "Accessed 15 Sep. 2018"). */
    private static final Pattern DATE = Pattern.compile(
            "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?$");

    /** A version number right before a bracketed year: a release date ("Version 4.0 (2024)"). */
    private static final Pattern RELEASE = Pattern.compile("\\d+(?:\\.\\d+)+[a-z]?\\s*[(\\[]$");

    /** A comparison with the past right before the year: "lower than in 2019". */
    private static final Pattern COMPARED = Pattern.compile("(?i)\\bthan\\s+in\\s+$");

    /** Past-tense verbs that make a headline tell history: "What happened in 2020", "how the night unfolded". */
    private static final Pattern HISTORY = Pattern.compile(
            "(?i)\\b(?:was|were|happened|unfolded|changed|moved|voted|won|lost|began|started|ended|became|came|went"
                    + "|saw|took|fell|rose|grew|opened|closed|founded|launched|built|hit|struck|shaped|learned|learnt"
                    + "|died|elected|held|passed|signed|decided)\\b");

    /** A framing word right after the year: "2024 guide", "2023 edition". */
    private static final Pattern AFTER = Pattern.compile(
            "(?i)^\\s+(?:buyer'?s\\s+guide|guide|edition|update|updated|review|reviews|list|ranking|rankings|"
                    + "trends|predictions|outlook|forecast|picks|deals|version|season|calendar|schedule|roundup|"
                    + "round-up|report|awards|rates|prices|update)\\b");

    /** A word anywhere before the year that presents the text as current: "Best … 2023". */
    private static final Pattern CURRENT = Pattern.compile(
            "(?i)\\b(?:best|top|latest|current|currently|newest|new|now|today|upcoming|updated|this\\s+year'?s?)\\b");

    /** A capitalised word (a place, an event, a product) directly before the year: "Philadelphia 2024". */
    private static final Pattern NAMED = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]+)\\s+$");

    /** Capitalised words before a year that are not names: "The 2021 floods", "Our 2022 trial". */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "our", "my", "your", "his", "her", "its",
            "their", "this", "that", "these", "those", "in", "on", "at", "for", "of", "by", "from", "to", "and", "or",
            "but", "what", "how", "why", "when", "where", "since", "after", "before", "during", "until", "between",
            "every", "each", "last", "next", "early", "late", "mid");

    /** How many words before the year a word claiming currency may stand: "Best savings accounts 2024". */
    private static final int CURRENT_WINDOW = 6;

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
                    // A teaser is prose, where a year is usually news or history; it stands in for a missing title.
                    checkText(item.title().isEmpty() ? item.teaser() : item.title(), "The related link", context);
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

    /** How the year is framed as current, or null when it reads as history or as a date. */
    private static String framing(String text, int start, int end, String before, String after) {
        if (DATE.matcher(before).find() || COMPARED.matcher(before).find() || HISTORY.matcher(text).find()) {
            return null;
        }
        if (start > 0 && end < text.length() && "([".indexOf(text.charAt(start - 1)) >= 0
                && ")]".indexOf(text.charAt(end)) >= 0) {
            return RELEASE.matcher(before).find() ? null : "a year in brackets";
        }
        Matcher b = BEFORE.matcher(before);
        if (b.find()) {
            return "\"" + b.group().trim() + " " + text.substring(start, end) + "\"";
        }
        Matcher a = AFTER.matcher(after);
        if (a.find()) {
            return "\"" + text.substring(start, end) + " " + a.group().trim() + "\"";
        }
        Matcher c = CURRENT.matcher(lastWords(text.substring(0, start), CURRENT_WINDOW));
        if (c.find()) {
            return "\"" + c.group() + "\"";
        }
        Matcher n = NAMED.matcher(before);
        if (n.find() && !NOT_NAMES.contains(n.group(1).toLowerCase(Locale.ROOT))) {
            return "\"" + n.group().trim() + " " + text.substring(start, end) + "\"";
        }
        return null;
    }

    /** The last {@code n} words of a text (with what separates them). */
    private static String lastWords(String text, int n) {
        int i = text.length();
        int words = 0;
        boolean inWord = false;
        while (i > 0) {
            boolean space = Character.isWhitespace(text.charAt(i - 1));
            if (!space && !inWord && ++words > n) {
                break;
            }
            inWord = !space;
            i--;
        }
        return text.substring(i);
    }
}
