package dev.copydesk.rule.builtin;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Blocks;
import dev.copydesk.document.Document;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Sentence;
import dev.copydesk.document.Words;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;
import dev.copydesk.source.Position;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A body sentence that repeats an earlier one: the same words (case, punctuation and spacing ignored), or all of its
 * words in order within a short stretch of an earlier sentence.
 */
public final class DuplicateSentence implements Rule {

    public static final RuleMeta META = new RuleMeta("duplicate-sentence", Severity.WARNING,
            "A sentence repeats an earlier sentence of the article.",
            "Repeated sentences read as filler or as a copy-paste slip: delete the repeat, or say something new.");

    public static final RuleProvider PROVIDER = new RuleProvider(META, DuplicateSentence::create);

    /** How many earlier sentences sharing a word are compared at most, to bound the cost on huge files. */
    private static final int MAX_CANDIDATES = 200;

    private final int minWords;

    private DuplicateSentence(int minWords) {
        this.minWords = minWords;
    }

    private static Rule create(RuleOptions options, RuleEnvironment env) throws ConfigException {
        return new DuplicateSentence(Math.max(2, options.integer("minWords", 5)));
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    private record Entry(List<String> words, Span span, String text) {
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Entry> seen = new ArrayList<>();
        Map<String, Integer> exact = new HashMap<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (Prose prose : Blocks.bodyProse(document.blocks())) {
            for (Sentence s : prose.sentences()) {
                List<String> words = Words.lower(prose.text(), s.start(), s.end());
                if (words.size() < minWords) {
                    continue;
                }
                Span span = prose.sourceSpan(s.range());
                String key = String.join(" ", words);
                Integer same = exact.get(key);
                Integer earlier = same != null ? same : containing(words, seen, postings);
                if (earlier != null) {
                    Entry e = seen.get(earlier);
                    Position first = document.source().lines().position(e.span().start());
                    context.report(new Finding(span, (same != null ? "This sentence repeats" : "This sentence "
                            + "repeats words of") + " \"" + Quoting.head(e.text()) + "\" (line " + first.line()
                            + ").", List.of(), Map.of("firstLine", first.line(), "firstColumn", first.column())));
                }
                int id = seen.size();
                seen.add(new Entry(words, span, s.text()));
                exact.putIfAbsent(key, id);
                for (String w : words) {
                    List<Integer> list = postings.computeIfAbsent(w, k -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != id) {
                        list.add(id);
                    }
                }
            }
        }
    }

    /** The first earlier sentence containing all of {@code words} in order within a short stretch, or null. */
    private static Integer containing(List<String> words, List<Entry> seen, Map<String, List<Integer>> postings) {
        List<Integer> rarest = null;
        for (String w : words) {
            List<Integer> p = postings.get(w);
            if (p == null) {
                return null;
            }
            if (rarest == null || p.size() < rarest.size()) {
                rarest = p;
            }
        }
        int checked = 0;
        for (int id : rarest) {
            if (++checked > MAX_CANDIDATES) {
                break;
            }
            List<String> earlier = seen.get(id).words();
            // Same length: containment would be equality, which the exact-match table already answered.
            if (earlier.size() > words.size() && containsInOrder(earlier, words)) {
                return id;
            }
        }
        return null;
    }

    /**
     * True if {@code words} occur in order in {@code text} within a window of at most one and a half times their
     * number: "The effects of ketamine can vary." is contained in "The effects of ketamine can vary widely.", but
     * five common words scattered over a long sentence are not.
     */
    static boolean containsInOrder(List<String> text, List<String> words) {
        int maxWindow = words.size() + (words.size() + 1) / 2;
        for (int start = 0; start + words.size() <= text.size(); start++) {
            if (!text.get(start).equals(words.get(0))) {
                continue;
            }
            int k = 1;
            int i = start + 1;
            while (k < words.size() && i < text.size() && i - start < maxWindow) {
                if (text.get(i).equals(words.get(k))) {
                    k++;
                }
                i++;
            }
            if (k == words.size()) {
                return true;
            }
        }
        return false;
    }
}
