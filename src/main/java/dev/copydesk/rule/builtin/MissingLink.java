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
import dev.copydesk.source.Span;
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

    /**
     * Verbs and phrases that make a closing "here" point at a resource rather than a place or this text ("We are
     * here.", "we won't discuss it here."), looked for in the clause that ends with "here".
     */
    private static final Pattern RESOURCE_CUE = Pattern.compile(
            "\\b(?:find|found|read|see(?!\\s+(?:that|how|why|what|whether|if|it)\\b)|check|visit|download|sign up"
                    + "|register|subscribe|available|access|view|watch|listen|apply|buy|book|booked|donate|get|grab"
                    + "|shared|posted|published|uploaded|learn more|find out more|more information|more info"
                    + "|more details|full details|further information)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "here" as a place, a state or this very text, not a link: "we are here", "stay here", "get here", "the terms
     * listed here".
     */
    private static final Pattern HERE_AS_PLACE = Pattern.compile(
            "(?:\\b(?:be|is|are|am|was|were|been|being|get|got|come|came|stay|stayed|live|lived|work|worked|move"
                    + "|moved|arrive|arrived|listed|shown|described|explained|covered|discussed|mentioned|included"
                    + "|given|presented|summari[sz]ed)|'s|’s|'re|’re|'m|’m)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** A negated clause talks about this text: "we won't go into details here". */
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|never|no|cannot)\\b|n't\\b|n’t\\b", Pattern.CASE_INSENSITIVE);

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
        String source = document.source().text();
        for (int i = 0; i < flat.size(); i++) {
            Block b = flat.get(i);
            if (b instanceof Paragraph p) {
                checkProse(p.text(), i + 1 < flat.size() ? flat.get(i + 1) : null, context, source, p.span());
            } else if (b instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    checkProse(item.text(), null, context, source, item.span());
                }
            }
        }
    }

    private void checkProse(Prose prose, Block next, RuleContext context, String source, Span block) {
        Boolean unresolved = null; // the same for every sentence of the block, and read only for some
        for (Sentence s : prose.sentences()) {
            String sentence = s.text();
            if (!mentionsPointerWord(prose.chars(), s.start(), s.end()) || prose.hasLinkIn(s.start(), s.end())) {
                continue;
            }
            if (unresolved == null) {
                unresolved = unresolvedLinks(prose, raw(source, block));
            }
            if (unresolved) {
                continue;
            }
            Matcher m = POINTER.matcher(sentence);
            if (m.find() && !inCode(prose, s.start() + m.start())) {
                String group = m.group("click") != null ? "click" : m.group("this") != null ? "this" : "below";
                // "the link below" is kept when a link does follow, later in the paragraph or in the next block.
                if (!group.equals("below") || (!prose.hasLinkIn(s.end(), prose.length()) && !hasLink(next))) {
                    report(prose, s.start() + m.start(group), s.start() + m.end(group), sentence, context);
                }
                continue;
            }
            Matcher here = ENDS_HERE.matcher(sentence);
            if (here.find() && !inCode(prose, s.start() + here.start())
                    && pointsAtResource(sentence.substring(0, here.start()))) {
                int at = s.start() + here.start();
                report(prose, at, at + 4, sentence, context);
                continue;
            }
            if (s == prose.sentences().get(prose.sentences().size() - 1)) {
                Matcher below = ENDS_BELOW.matcher(sentence);
                if (below.find() && LINK_WORDS.matcher(sentence).region(0, below.start()).find() && !hasLink(next)) {
                    int at = s.start() + below.start();
                    report(prose, at, at + 5, sentence, context);
                }
            }
        }
    }

    /** True if the words before a closing "here", in its own clause, speak of a resource and not of a place. */
    static boolean pointsAtResource(String beforeHere) {
        if (HERE_AS_PLACE.matcher(beforeHere).find()) {
            return false;
        }
        int clause = 0;
        for (int i = 0; i < beforeHere.length(); i++) {
            if (",;:—–(".indexOf(beforeHere.charAt(i)) >= 0) {
                clause = i + 1;
            }
        }
        String words = beforeHere.substring(clause);
        return RESOURCE_CUE.matcher(words).find() && !NEGATION.matcher(words).find();
    }

    private static boolean inCode(Prose prose, int at) {
        return prose.code().stream().anyMatch(c -> c.start() <= at && at < c.end());
    }

    /** True if the block's source has more HTML links than the parser resolved: one is unclosed or malformed. */
    private static boolean unresolvedLinks(Prose prose, String raw) {
        int hrefs = 0;
        for (int i = raw.indexOf("href="); i >= 0; i = raw.indexOf("href=", i + 5)) {
            hrefs++;
        }
        return hrefs > prose.links().size();
    }

    /** The block's source, where an HTML link the parser did not resolve (unclosed, malformed) still shows. */
    private static String raw(String source, Span span) {
        return source.substring(Math.min(span.start(), source.length()), Math.min(span.end(), source.length()));
    }

    /**
     * True if the sentence contains "here", "link" or "below" in any case: every pointer names one of them, so the
     * patterns are run only on those sentences.
     */
    private static boolean mentionsPointerWord(char[] text, int from, int to) {
        for (int i = from, last = to - 4; i <= last; i++) {
            char c = (char) (text[i] | 0x20);
            if ((c == 'h' && startsWith(text, i, to, "here")) || (c == 'l' && startsWith(text, i, to, "link"))
                    || (c == 'b' && startsWith(text, i, to, "below"))) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code text[at, to)} starts with {@code word} (lower case ASCII), ignoring case. */
    private static boolean startsWith(char[] text, int at, int to, String word) {
        if (to - at < word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text[at + k];
            if ((c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) : Character.toLowerCase(c)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
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
