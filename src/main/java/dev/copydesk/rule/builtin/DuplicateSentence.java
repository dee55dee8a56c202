package dev.copydesk.rule.builtin;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Block;
import dev.copydesk.document.Document;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Sentence;
import dev.copydesk.document.TextRange;
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
import java.util.Set;

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

    private record Entry(List<String> words, Span span, String text, boolean step, Prose prose, Sentence sentence) {

        /** Computed only for the few sentences that match another one. */
        String signature() {
            return DuplicateSentence.signature(prose, sentence);
        }
    }

    /** A piece of body prose and whether it is a step of a numbered list. */
    private record Piece(Prose prose, boolean step) {
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Entry> seen = new ArrayList<>();
        Map<String, List<Integer>> exact = new HashMap<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        List<Piece> pieces = new ArrayList<>();
        collect(document.blocks(), false, pieces);
        for (Piece piece : pieces) {
            Prose prose = piece.prose();
            for (Sentence s : prose.sentences()) {
                List<String> words = Words.lower(prose.text(), s.start(), s.end());
                if (words.size() < minWords || isLeadIn(s.text()) || !isProse(prose, s, words, minWords)
                        || isName(s.text())) {
                    continue;
                }
                Span span = prose.sourceSpan(s.range());
                String key = String.join(" ", words);
                Entry entry = new Entry(words, span, s.text(), piece.step(), prose, s);
                Integer earlier = null;
                boolean same = false;
                for (int id : exact.getOrDefault(key, List.of())) {
                    if (repeats(entry, seen.get(id), true)) {
                        earlier = id;
                        same = true;
                        break;
                    }
                }
                if (earlier == null) {
                    earlier = containing(entry, seen, postings);
                }
                if (earlier != null) {
                    Entry e = seen.get(earlier);
                    Position first = document.source().lines().position(e.span().start());
                    context.report(new Finding(span, (same ? "This sentence repeats" : "This sentence "
                            + "repeats words of") + " \"" + Quoting.head(e.text()) + "\" (line " + first.line()
                            + ").", List.of(), Map.of("firstLine", first.line(), "firstColumn", first.column())));
                }
                int id = seen.size();
                seen.add(entry);
                exact.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                for (String w : words) {
                    List<Integer> list = postings.computeIfAbsent(w, k -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != id) {
                        list.add(id);
                    }
                }
            }
        }
    }

    /**
     * Body prose in source order: paragraphs and list items. Quotations are left out: a pull quote or a quoted
     * template repeats text on purpose.
     */
    private static void collect(List<Block> blocks, boolean inStep, List<Piece> out) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(new Piece(p.text(), inStep));
            } else if (b instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    out.add(new Piece(item.text(), l.ordered()));
                    collect(item.children(), l.ordered(), out);
                }
            }
        }
    }

    /**
     * True if {@code later} may be reported as a repeat of {@code earlier}: not two steps of numbered lists (a
     * procedure repeats "Save the file and restart the server." on purpose), and the same symbols, which word
     * tokens drop ("The & operator…" is not "The | operator…").
     */
    private static boolean repeats(Entry later, Entry earlier, boolean exactWords) {
        if (later.step() && earlier.step()) {
            return false;
        }
        return exactWords ? later.signature().equals(earlier.signature())
                : isSubsequence(later.signature(), earlier.signature());
    }

    /**
     * What word tokens drop but tells sentences apart: symbols outside code ("&", "|") and inline code as written
     * ("`ge`" is not "`gE`", "`+=`" is not "`=`").
     */
    static String signature(Prose prose, Sentence s) {
        String text = prose.text();
        StringBuilder b = new StringBuilder();
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            boolean code = inCode(prose, i);
            if (code || (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && ORDINARY.indexOf(c) < 0)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean inCode(Prose prose, int at) {
        for (TextRange c : prose.code()) {
            if (c.start() <= at && at < c.end()) {
                return true;
            }
        }
        return false;
    }

    /** How many negations a sentence has: "will redirect" does not repeat "will not redirect". */
    private static int negations(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (NEGATIONS.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "cannot", "don't", "doesn't",
            "didn't", "won't", "isn't", "aren't", "wasn't", "weren't", "can't", "shouldn't", "wouldn't", "couldn't",
            "don’t", "doesn’t", "didn’t", "won’t", "isn’t", "aren’t", "can’t", "dont", "doesnt", "cant", "wont");

    /** A lead-in ("The output is:", "This will display the following result −") introduces different content. */
    private static boolean isLeadIn(String text) {
        char last = text.charAt(text.length() - 1);
        return last == ':' || last == '−' || last == '–' || last == '—' || last == '-';
    }

    /**
     * True if the sentence is prose: at least {@code minWords} words of two or more letters outside inline code.
     * Code samples, number sequences and alphabets are repeated on purpose.
     */
    private static boolean isProse(Prose prose, Sentence s, List<String> words, int minWords) {
        int count = 0;
        if (prose.code().isEmpty()) {
            for (String w : words) {
                if (w.length() >= 2 && Character.isLetter(w.charAt(0)) && ++count >= minWords) {
                    return true;
                }
            }
            return false;
        }
        for (TextRange w : Words.ranges(prose.text(), s.start(), s.end())) {
            if (w.length() >= 2 && !inCode(prose, w.start())
                    && Character.isLetter(prose.text().charAt(w.start())) && ++count >= minWords) {
                return true;
            }
        }
        return false;
    }

    private static final String ORDINARY = ".,;:!?'\"’‘“”()[]-–—…/*_`«»";

    private static boolean isSubsequence(String small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) {
            if (big.charAt(i) == small.charAt(j)) {
                j++;
            }
        }
        return j == small.length();
    }

    /**
     * True if every word of four or more letters is capitalised: a name, title or credit ("Ministry for Culture and
     * Heritage.", "Mark Stout/iStock/Getty Images"), which lists and captions repeat as a matter of course.
     */
    static boolean isName(String text) {
        boolean any = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean upper = false;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                upper |= Character.isUpperCase(text.charAt(i));
                i++;
            }
            if (i - start >= 4 && Character.isLetter(text.charAt(start))) {
                if (!upper) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The first earlier sentence containing all of the entry's words in order within a short stretch, or null. */
    private static Integer containing(Entry entry, List<Entry> seen, Map<String, List<Integer>> postings) {
        List<String> words = entry.words();
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
            Entry earlier = seen.get(id);
            // Same length: containment would be equality, which the exact-match table already answered.
            if (earlier.words().size() > words.size() && containsInOrder(earlier.words(), words)
                    && repeats(entry, earlier, false) && negations(words) == negations(earlier.words())) {
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
