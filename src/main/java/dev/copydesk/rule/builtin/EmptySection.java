package dev.copydesk.rule.builtin;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Document;
import dev.copydesk.document.Format;
import dev.copydesk.document.Heading;
import dev.copydesk.document.Link;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.document.Words;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A heading with nothing under it before the next heading of the same or a higher level (or the end of the
 * article). A section holding only subheadings that are themselves empty is empty too. Related-links regions do not
 * count as content: a "Related articles" heading whose list was lost is an empty section. Not checked: a heading that
 * repeats the article's title (it heads the whole article), a callout set as a heading ("Spoiler alert!", "Note: …"),
 * and a run of three or more headings of one level with nothing between them (a list of headlines, not sections).
 * A heading that is mostly a link (a teaser headline) or that reads as a sentence (ending in ":", ".", "!", or
 * longer than ten words) heads no section. In HTML, a section is only empty if its
 * source is (text, media or lists that article extraction left out count), and a heading right above a heading of
 * a higher level is a kicker, not a section.
 *
 * <p>A Java rule rather than a YAML one: it is about the block structure, not about patterns in text.
 */
public final class EmptySection implements Rule {

    public static final RuleMeta META = new RuleMeta("empty-section", Severity.WARNING,
            "A heading has no content before the next heading of the same or a higher level.",
            "An empty section usually means content was lost in a paste, a migration or a scrape: restore it, or "
                    + "remove the heading.");

    public static final RuleProvider PROVIDER = new RuleProvider(META, EmptySection::create);

    private static final EmptySection INSTANCE = new EmptySection();

    /** A heading used as a callout ("Spoiler alert!", "Note: …"), which announces no section. */
    private static final Pattern CALLOUT = Pattern.compile(
            "^(?:spoiler|note|nb|warning|caution|tip|hint|important|heads up|disclaimer)\\b", Pattern.CASE_INSENSITIVE);

    private static final int MAX_TITLE_WORDS = 10;

    private EmptySection() {
    }

    private static Rule create(RuleOptions options, RuleEnvironment env) throws ConfigException {
        return INSTANCE;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Block> blocks = Blocks.flatten(document.blocks());
        String title = document.title().map(t -> normalize(t.text().text())).orElse(null);
        int[] runs = headlineRuns(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Heading h) || h.text().isEmpty() || normalize(h.text().text()).equals(title)
                    || CALLOUT.matcher(h.text().text()).find() || isProse(h) || runs[i] >= 3) {
                continue;
            }
            boolean content = false;
            int j = i + 1;
            for (; j < blocks.size(); j++) {
                Block b = blocks.get(j);
                if (b instanceof Heading next) {
                    if (next.level() <= h.level()) {
                        break;
                    }
                    continue;
                }
                if (isContent(b)) {
                    content = true;
                    break;
                }
            }
            if (!content && isTeaser(h)) {
                continue;
            }
            if (!content && document.format() == Format.HTML) {
                Heading next = j < blocks.size() ? (Heading) blocks.get(j) : null;
                boolean afterSibling = i > 0 && blocks.get(i - 1) instanceof Heading p && p.level() == h.level();
                if (next != null && ((next.level() < h.level() && !afterSibling) || isTeaser(next))) {
                    // A kicker or byline over a headline ("Modern Love" as h3 above the story's h2), not a section.
                    continue;
                }
                content = hasUnmodelledContent(document, blocks, i, j);
            }
            if (!content) {
                String next = j < blocks.size() && blocks.get(j) instanceof Heading n
                        ? "the next heading (\"" + Quoting.head(n.text().text()) + "\") follows directly"
                        : "the article ends";
                context.report(new Finding(h.text().sourceSpan(), "Section \"" + Quoting.head(h.text().text())
                        + "\" is empty: " + next + ".", List.of(), Map.of()));
            }
        }
    }

    /**
     * For each heading, the length of the run of headings of its level it stands in, with nothing between them (0
     * for other blocks). Three or more make a list of headlines or teasers (a news index, an author box), not an
     * outline of sections. One pass, so a page of many headings costs no more than its length.
     */
    private static int[] headlineRuns(List<Block> blocks) {
        int[] runs = new int[blocks.size()];
        int i = 0;
        while (i < blocks.size()) {
            if (!(blocks.get(i) instanceof Heading h)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && blocks.get(end) instanceof Heading n && n.level() == h.level()) {
                end++;
            }
            Arrays.fill(runs, i, end, end - i);
            i = end;
        }
        return runs;
    }

    /**
     * True if the source between the blocks of a section holds content the blocks leave out (in a page: an author
     * card, an image gallery, a form, text outside the extracted article): a section is only empty if its source is.
     */
    private static boolean hasUnmodelledContent(Document document, List<Block> blocks, int from, int to) {
        int length = document.source().text().length();
        for (int k = from; k < to; k++) {
            int start = blocks.get(k).span().end();
            int end = k + 1 < blocks.size() ? blocks.get(k + 1).span().start() : length;
            if (end > start && document.unmodelled().holdsContent(start, end)) {
                return true;
            }
        }
        return false;
    }


    /**
     * A heading set as a sentence ("Now moving on to the tricks:", "That's all folks!") or a long one: emphasis
     * rather than a section title, which says nothing about a missing section.
     */
    private static boolean isProse(Heading h) {
        String t = h.text().text().strip();
        char last = t.charAt(t.length() - 1);
        return ":.!…".indexOf(last) >= 0 || Words.count(t) > MAX_TITLE_WORDS;
    }

    /** A heading that is mostly a link: a teaser or card headline, which heads no section of its own. */
    private static boolean isTeaser(Heading h) {
        int linked = 0;
        for (Link l : h.text().links()) {
            linked += l.text().length();
        }
        return linked * 2 >= h.text().length();
    }

    private static String normalize(String s) {
        return String.join(" ", Words.lower(s));
    }

    private static boolean isContent(Block b) {
        if (b instanceof RelatedLinks) {
            return false;
        }
        return !(b instanceof Paragraph p) || !p.text().isEmpty();
    }
}
