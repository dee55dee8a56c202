package dev.copydesk.rule.builtin;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Document;
import dev.copydesk.document.Link;
import dev.copydesk.document.Prose;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;
import dev.copydesk.source.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A link whose whole text ("click here", "read more") says nothing about where it goes: in the article's prose and in
 * related-links regions, where an item's own link and the links of its teaser ("Excerpt… Read more ➔") count unless
 * they lead to no page.
 */
public final class VagueLinkText implements Rule {

    public static final RuleMeta META = new RuleMeta("vague-link-text", Severity.WARNING,
            "A link's text (\"click here\", \"read more\") does not say where the link goes.",
            "Screen-reader users jump from link to link and search engines read link text: name the target "
                    + "instead, e.g. \"the FDA's guidance on ketamine\" rather than \"here\".");

    public static final RuleProvider PROVIDER = new RuleProvider(META, VagueLinkText::create);

    private static final Set<String> DEFAULT_PHRASES = Set.of("here", "click here", "click", "read more", "more",
            "learn more", "this", "this link", "link", "go", "continue", "continue reading", "keep reading",
            "read on", "details", "this page", "this article", "click this link", "tap here", "see more",
            "find out more", "more info", "more information");

    private final Set<String> phrases;

    private VagueLinkText(Set<String> phrases) {
        this.phrases = phrases;
    }

    private static Rule create(RuleOptions options, RuleEnvironment env) throws ConfigException {
        Set<String> phrases = new HashSet<>(DEFAULT_PHRASES);
        for (String p : options.strings("phrases")) {
            phrases.add(normalize(p));
        }
        return new VagueLinkText(Set.copyOf(phrases));
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Document document, RuleContext context) {
        for (Prose prose : ProseBlocks.all(document.blocks())) {
            for (Link link : prose.links()) {
                check(prose, link, context);
            }
        }
        for (RelatedLinks region : document.relatedLinks()) {
            for (RelatedItem item : region.items()) {
                // A non-empty title is the visible text of the item's own link.
                if (!item.title().isEmpty() && !isControl(item.target())) {
                    check(item.title().text(), item.title().sourceSpan(), item.target(), context);
                }
                for (Link link : item.teaser().links()) {
                    if (!isControl(link.target())) {
                        check(item.teaser(), link, context);
                    }
                }
            }
        }
    }

    /**
     * True for a link that leads to no page ({@code #}, {@code javascript:}): in a related-links region that is a
     * control such as a share button or a "Read more" that unfolds a review, not a link to another page.
     */
    private static boolean isControl(String target) {
        String t = target.strip().toLowerCase(Locale.ROOT);
        return t.equals("#") || t.startsWith("javascript:");
    }

    private void check(Prose prose, Link link, RuleContext context) {
        check(prose.text().substring(link.text().start(), link.text().end()), prose.sourceSpan(link.text()),
                link.target(), context);
    }

    private void check(String visible, Span span, String target, RuleContext context) {
        String norm = normalize(visible);
        if (!norm.isEmpty() && phrases.contains(norm)) {
            context.report(new Finding(span,
                    "Link text \"" + visible + "\" does not say where the link goes"
                            + (target.isEmpty() ? "." : " (" + target + ")."),
                    List.of(), Map.of("target", target)));
        }
    }

    /** Lower case, punctuation and decorative arrows dropped, spaces collapsed. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
