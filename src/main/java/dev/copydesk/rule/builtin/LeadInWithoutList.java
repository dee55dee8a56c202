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
            "include", "includes", "including", "involve", "involves", "involving", "are", "were", "experience",
            "contain", "contains", "comprise", "comprises", "following", "follows", "below", "like", "as", "namely",
            "cause", "avoid", "list", "steps", "tips", "ways", "reasons", "factors", "signs", "symptoms",
            "benefits", "options", "types", "examples", "things", "items", "ingredients", "tools", "requirements",
            "features", "guide", "checklist", "effects", "risks", "causes", "components", "elements", "stages",
            "phases", "points");

    /** Phrases anywhere in the sentence that announce an enumeration. */
    private static final Pattern ENUMERATION_CUE = Pattern.compile(
            "\\b(?:the following|such as|as follows|here are|these (?:are|include|may include)|below are"
                    + "|include|includes|involve|involves|consists? of|step-by-step|a list of|the steps)\\b");

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
        checkSequence(document.blocks(), 1, context);
    }

    private void checkSequence(List<Block> blocks, int titleLevel, RuleContext context) {
        int sectionLevel = titleLevel;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Heading h) {
                sectionLevel = h.level();
                continue;
            }
            if (b instanceof Quote q) {
                checkSequence(q.children(), Integer.MAX_VALUE, context);
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
            if (!last.text().endsWith(":")) {
                continue;
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            String problem = problem(last.text(), next, sectionLevel);
            if (problem != null) {
                context.report(new Finding(p.text().sourceSpan(last.range()),
                        "Lead-in \"" + Quoting.tail(last.text()) + "\" announces a list, but " + problem + ".",
                        List.of(), Map.of()));
            }
        }
    }

    /** What follows instead of the announced content, or null if the lead-in is kept. */
    private static String problem(String sentence, Block next, int sectionLevel) {
        if (next == null || next instanceof RelatedLinks) {
            return "the article ends there";
        }
        if (next instanceof Heading h) {
            if (h.level() > sectionLevel || startsItemRun(h.text().text())) {
                return null;
            }
            return "a new section starts (\"" + Quoting.head(h.text().text()) + "\")";
        }
        if (next instanceof Paragraph p) {
            if (opensWithQuote(p.text()) || !promisesEnumeration(sentence)) {
                return null;
            }
            return "a paragraph of prose follows (\"" + Quoting.head(p.text().text()) + "\")";
        }
        // A list, table, code block, quote, figure or markup carries the announced content.
        return null;
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
