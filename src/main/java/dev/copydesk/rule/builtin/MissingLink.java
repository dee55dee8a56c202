package dev.copydesk.rule.builtin;

import dev.copydesk.document.Block;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Document;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Quote;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.document.Sentence;
import dev.copydesk.document.Table;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prose that points at a link that is not there: "find more information here." with no link on "here", "click
 * here", "at this link", or "the links below:" with no link in what follows.
 */
public final class MissingLink implements Rule {

    public static final RuleMeta META = new RuleMeta("missing-link", Severity.WARNING,
            "The text points at a link (\"here\", \"click here\", \"this link\", \"below:\") that is not there.",
            "The link was lost in editing or scraping, so readers are sent nowhere: restore the link, or reword the "
                    + "sentence to name the resource.");

    public static final RuleProvider PROVIDER = new RuleProvider(META, (options, env) -> new MissingLink());

    /** "click here" or "this link" anywhere in a sentence. */
    private static final Pattern POINTER = Pattern.compile(
            "\\b(?<click>(?:click|tap|press) (?:on )?here)\\b"
                    + "|\\b(?:at|via|through|using|follow|following|on|from|in|visit) (?<this>this link)\\b"
                    + "|\\bthe (?<below>link) below\\b",
            Pattern.CASE_INSENSITIVE);

    /** A sentence ending in "here." */
    private static final Pattern ENDS_HERE = Pattern.compile("\\bhere\\s*[.!]?[\"”’')]*$", Pattern.CASE_INSENSITIVE);

    /** Words that make a closing "here" point at a resource rather than a place ("We are here."). */
    private static final Pattern RESOURCE_CUE = Pattern.compile(
            "\\b(?:find|found|read|learn|see|check|visit|download|sign up|register|subscribe|available|"
                    + "information|info|details|access|view|watch|listen|apply|order|buy|book|donate|report|"
                    + "study|article|guide|list|full|more|resources?|website|site|page|form|instructions|"
                    + "documentation|docs|video|podcast|policy|terms)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "the links below:" style pointers at the next block: a sentence ending in "below" with one of these words
     * before it. Two linear searches rather than one {@code words.*below$} pattern, which backtracks over the rest
     * of the sentence at every such word.
     */
    private static final Pattern LINK_WORDS = Pattern.compile(
            "\\b(?:links?|resources|websites?|sites|pages|articles)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern ENDS_BELOW = Pattern.compile("\\bbelow\\s*:?$", Pattern.CASE_INSENSITIVE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Block> flat = Blocks.flatten(document.blocks());
        for (int i = 0; i < flat.size(); i++) {
            Block b = flat.get(i);
            if (b instanceof Paragraph p) {
                checkProse(p.text(), i + 1 < flat.size() ? flat.get(i + 1) : null, context);
            } else if (b instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    checkProse(item.text(), null, context);
                }
            }
        }
    }

    private void checkProse(Prose prose, Block next, RuleContext context) {
        for (Sentence s : prose.sentences()) {
            String sentence = s.text();
            if (!mentionsPointerWord(sentence)) {
                continue;
            }
            Matcher m = POINTER.matcher(sentence);
            if (m.find() && !prose.hasLinkIn(s.start(), s.end())) {
                String group = m.group("click") != null ? "click" : m.group("this") != null ? "this" : "below";
                report(prose, s.start() + m.start(group), s.start() + m.end(group), sentence, context);
                continue;
            }
            Matcher here = ENDS_HERE.matcher(sentence);
            if (here.find() && RESOURCE_CUE.matcher(sentence.substring(0, here.start())).find()
                    && !prose.hasLinkIn(s.start(), s.end())) {
                int at = s.start() + here.start();
                report(prose, at, at + 4, sentence, context);
                continue;
            }
            if (s == prose.sentences().get(prose.sentences().size() - 1)) {
                Matcher below = ENDS_BELOW.matcher(sentence);
                if (below.find() && LINK_WORDS.matcher(sentence).region(0, below.start()).find()
                        && !prose.hasLinkIn(s.start(), s.end()) && !hasLink(next)) {
                    int at = s.start() + below.start();
                    report(prose, at, at + 5, sentence, context);
                }
            }
        }
    }

    /**
     * True if the sentence contains "here", "link" or "below" in any case: every pointer names one of them, so the
     * patterns are run only on those sentences.
     */
    private static boolean mentionsPointerWord(String text) {
        for (int i = 0, last = text.length() - 4; i <= last; i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if ((c == 'h' && text.regionMatches(true, i, "here", 0, 4))
                    || (c == 'l' && text.regionMatches(true, i, "link", 0, 4))
                    || (c == 'b' && text.regionMatches(true, i, "below", 0, 5))) {
                return true;
            }
        }
        return false;
    }

    private static void report(Prose prose, int from, int to, String sentence, RuleContext context) {
        String words = prose.text().substring(from, to);
        context.report(new Finding(prose.sourceSpan(from, to),
                "\"" + words + "\" points at a link, but there is none in \"" + Quoting.head(sentence)
                        + "\".", List.of(), Map.of()));
    }

    private static boolean hasLink(Block b) {
        if (b == null) {
            return false;
        }
        if (b instanceof RelatedLinks) {
            return true;
        }
        if (b instanceof Paragraph p) {
            return !p.text().links().isEmpty();
        }
        if (b instanceof ListBlock l) {
            return l.items().stream().anyMatch(item -> !item.text().links().isEmpty());
        }
        if (b instanceof Table t) {
            return t.cells().stream().anyMatch(c -> !c.links().isEmpty());
        }
        if (b instanceof Quote q) {
            return q.children().stream().anyMatch(MissingLink::hasLink);
        }
        // Markup, figures and code may hold links we cannot see; assume they do.
        return !(b instanceof Heading);
    }
}
