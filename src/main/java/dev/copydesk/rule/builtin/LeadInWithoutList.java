package dev.copydesk.rule.builtin;

import dev.copydesk.document.Block;
import dev.copydesk.document.Document;
import dev.copydesk.document.Heading;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Quote;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.document.Sentence;
import dev.copydesk.document.Words;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A paragraph ending in a colon that promises a list, followed by no list: the list was lost (see
 * {@code docs/rules/lead-in-without-list.md}).
 */
public final class LeadInWithoutList implements Rule {

    public static final RuleMeta META = new RuleMeta("lead-in-without-list", Severity.ERROR,
            "A lead-in sentence ends with a colon but the list or content it announces is missing.",
            "Readers are promised a list that is not there, usually lost in a CMS paste or a scrape: restore the "
                    + "list, or rewrite the sentence so that it does not announce one.");

    public static final RuleProvider PROVIDER = new RuleProvider(META, (options, env) -> new LeadInWithoutList());

    /** Words that, right before the colon, leave the sentence waiting for its object. */
    private static final Set<String> OPEN_ENDINGS = Set.of(
            "include", "includes", "including", "involve", "involves", "involving", "are", "were", "experience", "need",
            "contain", "contains", "comprise", "comprises", "following", "follows", "below", "like", "as", "namely",
            "cause", "avoid", "list", "steps", "tips", "ways", "reasons", "factors", "signs", "symptoms",
            "benefits", "options", "types", "things", "items", "ingredients", "tools", "requirements",
            "features", "guide", "checklist", "effects", "risks", "causes", "components", "elements", "stages",
            "phases", "points", "essentials");

    /** Phrases anywhere in the sentence that announce an enumeration. */
    private static final Pattern ENUMERATION_CUE = Pattern.compile(
            "\\b(?:the following|such as|as follows|here are|these (?:are|include|may include)|below are"
                    + "|include|includes|involve|involves|consists? of|step-by-step|a list of|the steps"
                    + "|(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|these|several|a few) (?:\\w+ )?"
                    + "(?:ways|steps|tips|things|reasons|options|points|rules|questions|signs|stages|types|kinds"
                    + "|mistakes|essentials|items|ideas|examples|methods))\\b");

    /** Headings that label the content announced rather than open a new section: "Example", "Syntax", "Output". */
    private static final Pattern LABEL_HEADING = Pattern.compile(
            "(?i)^(?:an?\\s+)?(?:examples?|syntax|output|usage|results?|solutions?|demo|code|sample|illustration)\\W*$");

    /** An emoji shortcode such as ":smile:" ends the sentence, not a colon. */
    private static final Pattern EMOJI_END = Pattern.compile(":[a-z0-9_+-]+:$");

    /** Markup after the colon, in the same paragraph, that carries the announced content: an image, code, media. */
    private static final Pattern INLINE_CONTENT = Pattern.compile(
            "!\\[|<(?:img|svg|iframe|video|audio|picture|object|embed|canvas|pre|code|table|figure)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A paragraph that opens like a list item that lost its bullet: "1) …", "• …", "Set: …", "`g` - …". */
    private static final Pattern ITEM_OPENING = Pattern.compile(
            "^(?:(?:\\d{1,2}|[a-z])(?:[.)]|\\.\\))\\s|[-*•–]\\s|(?i:first|firstly),?\\s|(?:[\\p{L}\\p{N}`'’]++\\s?){1,4}(?::\\s|\\s[-–—]\\s))");

    /** Verbs that introduce a quotation, whose paragraph may lack quotation marks. */
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(?:said|says|say|wrote|writes|told|tells|added|adds|explained|explains|asked|asks|tweeted|posted"
                    + "|stated|states|announced|announces|replied|replies|recalled|recalls|argued|argues|noted"
                    + "|notes|warned|warns|declared|declares|continued|continues)\\b[^:]*:$");

    /** Headings that open a run of headings carrying the items: "Step 1", "1. Mix the dough", "Option A". */
    private static final Pattern FIRST_ITEM_HEADING = Pattern.compile(
            "^(?:(?:step|part|phase|stage|day|week|tip|option|method|way|rule|lesson|chapter|round|level|no\\.?)"
                    + "\\s*(?:0?1|a|one|i)\\b|(?:first|#?0?1\\s*[.):-]?)\\s)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Document document, RuleContext context) {
        checkSequence(document.blocks(), 1, context, document.source().text(), false);
    }

    /**
     * Checks a sequence of sibling blocks. In a quotation, what follows the quotation may carry the content, so the
     * end of the sequence is not the end of the article.
     */
    private void checkSequence(List<Block> blocks, int titleLevel, RuleContext context, String source,
            boolean quoted) {
        int sectionLevel = titleLevel;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Heading h) {
                sectionLevel = h.level();
                continue;
            }
            if (b instanceof Quote q) {
                checkSequence(q.children(), Integer.MAX_VALUE, context, source, true);
                continue;
            }
            if (!(b instanceof Paragraph p)) {
                continue;
            }
            List<Sentence> sentences = p.text().sentences();
            if (sentences.isEmpty()) {
                continue;
            }
            Sentence last = sentences.get(sentences.size() - 1);
            if (!last.text().endsWith(":") || EMOJI_END.matcher(last.text()).find()
                    || contentAfterColon(p, last, source)) {
                continue;
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (next == null && quoted) {
                continue;
            }
            String problem = problem(last.text(), next, sectionLevel);
            if (problem != null) {
                context.report(new Finding(p.text().sourceSpan(last.range()),
                        "Lead-in \"" + Quoting.tail(last.text()) + "\" announces a list, but " + problem + ".",
                        List.of(), Map.of()));
            }
        }
    }

    /** True if the paragraph's source goes on after the colon with an image, code or media that the prose omits. */
    private static boolean contentAfterColon(Paragraph p, Sentence last, String source) {
        int colonEnd = p.text().sourceEnd(last.range().end() - 1);
        int end = Math.min(p.span().end(), source.length());
        return colonEnd < end && INLINE_CONTENT.matcher(source.substring(colonEnd, end)).find();
    }

    /** What follows instead of the announced content, or null if the lead-in is kept. */
    private static String problem(String sentence, Block next, int sectionLevel) {
        if (next instanceof RelatedLinks r && r.heading().isEmpty()) {
            // A closing list of links with no heading of its own: the announced list is there.
            return null;
        }
        if (next == null || next instanceof RelatedLinks) {
            return "the article ends there";
        }
        if (next instanceof Heading h) {
            String heading = h.text().text();
            if (h.level() > sectionLevel || startsItemRun(heading) || heading.endsWith(":")
                    || LABEL_HEADING.matcher(heading).matches() || h.text().code().stream().anyMatch(c -> c.start() == 0)
                    || !promisesEnumeration(sentence)) {
                return null;
            }
            return "a new section starts (\"" + Quoting.head(heading) + "\")";
        }
        if (next instanceof Paragraph p) {
            if (opensWithQuote(p.text()) || isPayload(p.text()) || !promisesEnumeration(sentence)) {
                return null;
            }
            return "a paragraph of prose follows (\"" + Quoting.head(p.text().text()) + "\")";
        }
        // A list, table, code block, quote, figure or markup carries the announced content.
        return null;
    }

    /**
     * True if a paragraph reads as the announced content itself rather than as the next thought: it goes on in lower
     * case, opens with code, a link or a bulletless item ("Set: …", "1) …", "First, …"), is a formula, a fragment
     * without a full stop, or a short label that leads in to the content in turn ("For Macs and PCs:").
     */
    static boolean isPayload(Prose p) {
        String t = p.text();
        if (t.isEmpty()) {
            return false;
        }
        int words = Words.lower(t).size();
        if ((t.endsWith(":") && (words <= 3 || (words <= 8 && isCapitalised(t)))) || (t.contains("=") && words <= 20)) {
            return true;
        }
        char first = t.charAt(0);
        if (Character.isLowerCase(first) || ITEM_OPENING.matcher(t).lookingAt()) {
            return true;
        }
        if (p.code().stream().anyMatch(c -> c.start() == 0) || p.links().stream().anyMatch(l -> l.text().start() == 0)) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?…:\"”’')".indexOf(last) < 0;
    }

    /** True if every word of four or more letters is capitalised, as in a label: "SQL Server / Oracle / MS Access". */
    private static boolean isCapitalised(String text) {
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && w.chars().noneMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsItemRun(String heading) {
        return FIRST_ITEM_HEADING.matcher(heading).find();
    }

    static boolean promisesEnumeration(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (SPEECH.matcher(s).find()) {
            return false;
        }
        List<String> words = Words.lower(s);
        if (!words.isEmpty() && OPEN_ENDINGS.contains(words.get(words.size() - 1))) {
            return true;
        }
        return ENUMERATION_CUE.matcher(s).find();
    }

    private static boolean opensWithQuote(Prose p) {
        if (p.isEmpty()) {
            return false;
        }
        char c = p.text().charAt(0);
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '«' || c == '„' || c == '「';
    }
}
