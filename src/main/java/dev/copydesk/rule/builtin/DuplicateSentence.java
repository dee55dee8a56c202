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
import dev.copydesk.document.WordIds;
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
import java.util.Arrays;
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

    /**
     * How many earlier sentences sharing a word are compared at most, and how many are looked at, to bound the cost
     * on huge files.
     */
    private static final int MAX_CANDIDATES = 200;
    private static final int MAX_LOOKED_AT = 4 * MAX_CANDIDATES;

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

    /**
     * A sentence kept for comparison: its words as ids of the document's vocabulary, a 64-bit summary of which ids
     * it has (a sentence can contain another's words only if it has every bit of the other's), and its negations.
     */
    private record Entry(int[] words, long bits, int negations, Span span, String text, boolean step, Prose prose,
            Sentence sentence) {

        /** Computed only for the few sentences that match another one. */
        String signature() {
            return DuplicateSentence.signature(prose, sentence);
        }
    }

    /** A sequence of word ids as a map key. */
    private record Key(int[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(words, k.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }

    /** A piece of body prose and whether it is a step of a numbered list. */
    private record Piece(Prose prose, boolean step) {
    }

    @Override
    public void check(Document document, RuleContext context) {
        List<Entry> seen = new ArrayList<>();
        Map<Key, List<Integer>> exact = new HashMap<>();
        WordIds vocabulary = new WordIds();
        WordKinds words = new WordKinds(vocabulary);
        List<Postings> postings = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        collect(document.blocks(), false, pieces);
        for (Piece piece : pieces) {
            Prose prose = piece.prose();
            for (Sentence s : prose.sentences()) {
                int[] ids = vocabulary.of(prose, s.start(), s.end());
                if (ids.length < minWords || isLeadIn(s.text()) || !isProse(prose, s, ids, words, minWords)
                        || isName(s.text())) {
                    continue;
                }
                long bits = 0;
                for (int id : ids) {
                    bits |= bit(id);
                }
                Span span = prose.sourceSpan(s.range());
                Key key = new Key(ids);
                Entry entry = new Entry(ids, bits, words.negations(ids), span, s.text(), piece.step(), prose, s);
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
                for (int w : ids) {
                    while (postings.size() <= w) {
                        postings.add(new Postings());
                    }
                    postings.get(w).add(id);
                }
            }
        }
    }

    private static long bit(int wordId) {
        return 1L << ((wordId * 0x9E3779B9) >>> 26);
    }

    /** The ids of the sentences that have a word, each once, in order. */
    private static final class Postings {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
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

    /** What the rule needs to know of each distinct word of a document, worked out once per word. */
    private static final class WordKinds {
        private final WordIds ids;
        /** Per word id: 1 if a negation, 2 if a prose word (two or more chars, starting with a letter), 0 else. */
        private byte[] kinds = new byte[64];
        private int known;

        WordKinds(WordIds ids) {
            this.ids = ids;
        }

        private byte kind(int id) {
            while (known < ids.size()) {
                if (known == kinds.length) {
                    kinds = Arrays.copyOf(kinds, known * 2);
                }
                String w = ids.word(known);
                kinds[known++] = (byte) ((NEGATIONS.contains(w) ? NEGATION : 0)
                        | (w.length() >= 2 && Character.isLetter(w.charAt(0)) ? PROSE : 0));
            }
            return kinds[id];
        }

        /** How many negations a sentence has: "will redirect" does not repeat "will not redirect". */
        int negations(int[] words) {
            int n = 0;
            for (int w : words) {
                if ((kind(w) & NEGATION) != 0) {
                    n++;
                }
            }
            return n;
        }

        boolean isProseWord(int id) {
            return (kind(id) & PROSE) != 0;
        }

        private static final int NEGATION = 1;
        private static final int PROSE = 2;
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
    private static boolean isProse(Prose prose, Sentence s, int[] ids, WordKinds words, int minWords) {
        int count = 0;
        if (prose.code().isEmpty()) {
            for (int w : ids) {
                if (words.isProseWord(w) && ++count >= minWords) {
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
    private static Integer containing(Entry entry, List<Entry> seen, List<Postings> postings) {
        int[] words = entry.words();
        Postings rarest = null;
        for (int w : words) {
            Postings p = w < postings.size() ? postings.get(w) : null;
            if (p == null || p.size == 0) {
                return null;
            }
            if (rarest == null || p.size < rarest.size) {
                rarest = p;
            }
        }
        int checked = 0;
        for (int k = 0; k < rarest.size && k < MAX_LOOKED_AT; k++) {
            Entry earlier = seen.get(rarest.ids[k]);
            // Same length: containment would be equality, which the exact-match table already answered.
            if (earlier.words().length <= words.length || (earlier.bits() & entry.bits()) != entry.bits()) {
                continue;
            }
            if (++checked > MAX_CANDIDATES) {
                break;
            }
            if (containsInOrder(earlier.words(), words) && entry.negations() == earlier.negations()
                    && repeats(entry, earlier, false)) {
                return rarest.ids[k];
            }
        }
        return null;
    }

    /**
     * True if {@code words} occur in order in {@code text} within a window of at most one and a half times their
     * number: "The effects of ketamine can vary." is contained in "The effects of ketamine can vary widely.", but
     * five common words scattered over a long sentence are not.
     */
    static boolean containsInOrder(int[] text, int[] words) {
        int maxWindow = words.length + (words.length + 1) / 2;
        for (int start = 0; start + words.length <= text.length; start++) {
            if (text[start] != words[0]) {
                continue;
            }
            int k = 1;
            int i = start + 1;
            while (k < words.length && i < text.length && i - start < maxWindow) {
                if (text[i] == words[k]) {
                    k++;
                }
                i++;
            }
            if (k == words.length) {
                return true;
            }
        }
        return false;
    }
}
