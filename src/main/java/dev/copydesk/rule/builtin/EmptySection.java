package dev.copydesk.rule.builtin;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Document;
import dev.copydesk.document.Heading;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A heading with nothing under it before the next heading of the same or a higher level (or the end of the
 * article). A section holding only subheadings that are themselves empty is empty too. Related-links regions do not
 * count as content: a "Related articles" heading whose list was lost is an empty section. Not checked: a heading that
 * repeats the article's title (it heads the whole article), a callout set as a heading ("Spoiler alert!", "Note: …"),
 * and a run of three or more headings of one level with nothing between them (a list of headlines, not sections).
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
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Heading h) || h.text().isEmpty() || normalize(h.text().text()).equals(title)
                    || CALLOUT.matcher(h.text().text()).find() || inHeadlineRun(blocks, i)) {
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
     * True if heading {@code i} is one of three or more headings of the same level in a row, with nothing between
     * them: a list of headlines or teasers (a news index, an author box), not an outline of sections.
     */
    private static boolean inHeadlineRun(List<Block> blocks, int i) {
        int level = ((Heading) blocks.get(i)).level();
        int first = i;
        while (first > 0 && blocks.get(first - 1) instanceof Heading p && p.level() == level) {
            first--;
        }
        int last = i;
        while (last + 1 < blocks.size() && blocks.get(last + 1) instanceof Heading n && n.level() == level) {
            last++;
        }
        return last - first + 1 >= 3;
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
