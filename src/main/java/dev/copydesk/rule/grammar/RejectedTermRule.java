package dev.copydesk.rule.grammar;

import dev.copydesk.config.Vocabulary;
import dev.copydesk.document.Document;
import dev.copydesk.document.TextRange;
import dev.copydesk.document.Words;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Fix;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.Severity;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms the project's vocabulary rejects ({@code vocabulary.reject} or {@code !term} lines in vocabulary files),
 * matched by whole words, ignoring case, in the same prose the grammar rules read. Needs no LanguageTool.
 */
public final class RejectedTermRule implements Rule {

    public static final RuleMeta META = new RuleMeta("rejected-term", Severity.ERROR,
            "A term the project's vocabulary rejects.",
            "Use the preferred term; the list is vocabulary.reject in .copydesk.yaml and the vocabulary files.");

    public static final RuleProvider PROVIDER = new RuleProvider(META, RejectedTermRule::create);

    private record Term(List<String> words, Vocabulary.Rejected entry) {
    }

    /** Terms by their first word, lower case. */
    private final Map<String, List<Term>> byFirstWord;

    private RejectedTermRule(Map<String, List<Term>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    private static Rule create(RuleOptions options, RuleEnvironment env) {
        Map<String, List<Term>> index = new HashMap<>();
        for (Vocabulary.Rejected r : ShippedVocabulary.get().plus(env.vocabulary()).reject()) {
            List<String> words = Words.lower(r.term());
            if (!words.isEmpty()) {
                index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Term(words, r));
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return new RejectedTermRule(Map.copyOf(index));
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (byFirstWord.isEmpty()) {
            return;
        }
        for (Segment s : Segment.of(document.blocks())) {
            String text = s.text();
            List<TextRange> ranges = Words.ranges(text);
            List<String> words = new ArrayList<>(ranges.size());
            for (TextRange r : ranges) {
                words.add(Words.normalize(text.substring(r.start(), r.end())));
            }
            for (int i = 0; i < words.size(); i++) {
                List<Term> candidates = byFirstWord.get(words.get(i));
                if (candidates == null) {
                    continue;
                }
                for (Term t : candidates) {
                    int n = t.words().size();
                    if (i + n <= words.size() && words.subList(i, i + n).equals(t.words())) {
                        int from = ranges.get(i).start();
                        int to = ranges.get(i + n - 1).end();
                        if (!s.touchesMarkup(from, to)) {
                            context.report(finding(s, from, to, t.entry()));
                        }
                        break;
                    }
                }
            }
        }
    }

    private static Finding finding(Segment s, int from, int to, Vocabulary.Rejected entry) {
        Span span = s.prose().sourceSpan(from, to);
        String written = s.text().substring(from, to);
        if (entry.preferred().isEmpty()) {
            return new Finding(span, "\"" + written + "\" is a rejected term in this project.", List.of(),
                    Map.of("term", entry.term()));
        }
        String preferred = entry.preferred().get();
        if (Character.isUpperCase(written.charAt(0)) && Character.isLowerCase(preferred.charAt(0))) {
            preferred = Character.toUpperCase(preferred.charAt(0)) + preferred.substring(1);
        }
        return new Finding(span, "Use \"" + preferred + "\" instead of \"" + written + "\".",
                List.of(new Fix(span, preferred)), Map.of("term", entry.term()));
    }
}
