package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Prose;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words and phrases matched by word tokens, not by regular expressions: a trie over tokens is walked from each word
 * of the text, so a list of hundreds of phrases costs about one hash lookup per word.
 *
 * <p>Tokens are runs of letters and digits with inner apostrophes (typographic ones count as straight). A hyphen
 * separates tokens, so "game-changer" matches "game changer" too; but a match never starts or ends inside a
 * hyphenated compound ("dive" does not match "deep-dive"), and between its words there may only be spaces or one
 * hyphen, never other punctuation.
 */
final class WordTerms implements TextPattern {

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        int key = -1;
        /** The children's words, their {@link Tokens#hash}es and the children, sorted by hash: see {@link #seal}. */
        String[] words = {};
        int[] hashes = {};
        Node[] children = {};

        /** Indexes the children of this node and of all below it by hash, once every term is in. */
        void seal(boolean ignoreCase) {
            List<Map.Entry<String, Node>> entries = new ArrayList<>(next.entrySet());
            entries.sort(Comparator.comparingInt(e -> Tokens.hash(e.getKey(), ignoreCase)));
            int n = entries.size();
            words = new String[n];
            hashes = new int[n];
            children = new Node[n];
            for (int i = 0; i < n; i++) {
                words[i] = entries.get(i).getKey();
                hashes[i] = Tokens.hash(words[i], ignoreCase);
                children[i] = entries.get(i).getValue();
                children[i].seal(ignoreCase);
            }
        }

        /**
         * The child for token {@code j}: found by its hash and compared char by char when the token is ASCII, else
         * by its normalised text.
         */
        Node child(Tokens tokens, int j, CharSequence text, WordTerms terms) {
            if (!tokens.isAscii(j)) {
                return next.get(terms.normalize(tokens.text(text, j)));
            }
            int h = tokens.hash(j, terms.ignoreCase);
            int lo = 0;
            int hi = hashes.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (hashes[mid] < h) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < hashes.length && hashes[i] == h; i++) {
                if (tokens.sameAscii(j, words[i], terms.ignoreCase)) {
                    return children[i];
                }
            }
            return null;
        }
    }

    private final Node root = new Node();
    private final boolean ignoreCase;
    private final int size;
    /**
     * A Bloom filter of the hashes of the terms' first words: most words of a text start no term, and this tells so
     * without making a lower-case string of each.
     */
    private final long[] firstWords = new long[FIRST_WORD_BITS / 64];

    private static final int FIRST_WORD_BITS = 1 << 16;

    private WordTerms(boolean ignoreCase, int size) {
        this.ignoreCase = ignoreCase;
        this.size = size;
    }

    /** Builds the trie; a term with punctuation other than apostrophes and hyphens is an error at its location. */
    static WordTerms of(List<Located> terms, boolean ignoreCase) throws ConfigException {
        WordTerms t = new WordTerms(ignoreCase, terms.size());
        for (int i = 0; i < terms.size(); i++) {
            Located term = terms.get(i);
            String s = term.value();
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (!isWordChar(c) && !Character.isWhitespace(c) && !isApostrophe(c) && !isHyphen(c)) {
                    throw new ConfigException(term.location(), "term \"" + s + "\" contains \"" + c + "\": terms are "
                            + "words and phrases (punctuation is not matched); use patterns for punctuation, or "
                            + "wordboundaries: false to match exact characters");
                }
            }
            Tokens tokens = Tokens.of(s, 0, s.length());
            if (tokens.count() == 0) {
                throw new ConfigException(term.location(), "term \"" + s + "\" has no words");
            }
            t.markFirstWord(t.normalize(tokens.text(s, 0)));
            Node n = t.root;
            for (int k = 0; k < tokens.count(); k++) {
                n = n.next.computeIfAbsent(t.normalize(tokens.text(s, k)), x -> new Node());
            }
            if (n.key < 0) {
                n.key = i;
            }
        }
        t.root.seal(ignoreCase);
        return t;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void find(CharSequence text, int from, int to, TimeLimit limit, List<Match> out) {
        find(text, Tokens.of(text, from, to), out);
    }

    @Override
    public void find(Prose prose, int from, int to, TimeLimit limit, List<Match> out) {
        find(prose.text(), Tokens.of(prose, from, to), out);
    }

    private void find(CharSequence text, Tokens tokens, List<Match> out) {
        int n = tokens.count();
        for (int i = 0; i < n; i++) {
            if (tokens.joined(i)) {
                continue;
            }
            if (!mayStartTerm(tokens.hash(i, ignoreCase))) {
                continue;
            }
            Node node = root;
            int best = -1;
            int bestKey = -1;
            for (int j = i; j < n; j++) {
                if (j > i && !tokens.gapIsSpaceOrHyphen(text, j)) {
                    break;
                }
                node = node.child(tokens, j, text, this);
                if (node == null) {
                    break;
                }
                if (node.key >= 0 && (j + 1 >= n || !tokens.joined(j + 1))) {
                    best = j;
                    bestKey = node.key;
                }
            }
            if (best >= 0) {
                out.add(new Match(tokens.start(i), tokens.end(best), bestKey));
                i = best;
            }
        }
    }

    private void markFirstWord(String normalized) {
        int bit = Tokens.hash(normalized, ignoreCase) & (FIRST_WORD_BITS - 1);
        firstWords[bit >>> 6] |= 1L << (bit & 63);
    }

    private boolean mayStartTerm(int hash) {
        int bit = hash & (FIRST_WORD_BITS - 1);
        return (firstWords[bit >>> 6] & (1L << (bit & 63))) != 0;
    }

    private String normalize(String token) {
        String s = token.replace('’', '\'');
        return ignoreCase ? s.toLowerCase(Locale.ROOT) : s;
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }

    /**
     * The word tokens of a text range: their offsets, and whether each is joined to the one before by a hyphen.
     * Reused by rules that count or compare words.
     */
    static final class Tokens {
        /** The chars the tokens were read from: {@code chars[k]} is text char {@code base + k}. */
        private final char[] chars;
        private final int base;
        /** Token {@code k} is text {@code [bounds[2k], bounds[2k + 1])}. One array: a prose keeps these while checked. */
        private final int[] bounds;
        /** The tokens this is a range of, which keep the hashes; this one if it is not a range. */
        private final Tokens all;
        private final int first;
        private final int count;
        /** Each token's {@link #hash}, ignoring case and not; computed once, when first asked for (in {@code all}). */
        private int[] foldedHashes;
        private int[] exactHashes;

        private Tokens(char[] chars, int base, int[] bounds, Tokens all, int first, int count) {
            this.chars = chars;
            this.base = base;
            this.bounds = bounds;
            this.all = all == null ? this : all;
            this.first = first;
            this.count = count;
        }

        /**
         * The hash of token {@code i} as the normalised token (apostrophes straight, and in lower case if
         * {@code ignoreCase}) would have it, computed without making it; shared by every word list matched here.
         */
        int hash(int i, boolean ignoreCase) {
            Tokens a = all;
            int[] h = ignoreCase ? a.foldedHashes : a.exactHashes;
            if (h == null) {
                h = new int[bounds.length / 2];
                for (int k = 0; k < h.length; k++) {
                    h[k] = hash(chars, bounds[2 * k] - base, bounds[2 * k + 1] - base, ignoreCase);
                }
                if (ignoreCase) {
                    a.foldedHashes = h;
                } else {
                    a.exactHashes = h;
                }
            }
            return h[first + i];
        }

        /** The hash of {@code text} as {@link #hash(int, boolean)} gives it for a token of that text. */
        static int hash(String text, boolean ignoreCase) {
            return hash(text.toCharArray(), 0, text.length(), ignoreCase);
        }

        private static int hash(char[] text, int start, int end, boolean ignoreCase) {
            int h = 0;
            for (int i = start; i < end; i++) {
                char c = text[i];
                if (c < 128) {
                    if (ignoreCase && c >= 'A' && c <= 'Z') {
                        c += 'a' - 'A';
                    }
                } else if (c == '’') {
                    c = '\'';
                } else if (ignoreCase) {
                    c = Character.toLowerCase(c);
                }
                h = 31 * h + c;
            }
            return h ^ (h >>> 16);
        }

        /**
         * The tokens of a prose range, cut from the prose's own tokens (computed once per prose and shared by every
         * rule): the same tokens {@link #of(CharSequence, int, int)} gives when the range does not cut a word, as
         * units (whole texts and sentences) never do.
         */
        static Tokens of(Prose prose, int from, int to) {
            Tokens all = prose.derived(Tokens.class, t -> of(prose.chars(), 0, 0, t.length()));
            int lo = all.firstStartingAt(from);
            int hi = lo;
            while (hi < all.count && all.bounds[2 * hi + 1] <= to) {
                hi++;
            }
            if (lo < all.count && all.bounds[2 * lo] < from || (hi < all.count && all.bounds[2 * hi] < to)) {
                return of(prose.text(), from, to);
            }
            return new Tokens(all.chars, all.base, all.bounds, all, lo, hi - lo);
        }

        /** The first token starting at or after {@code offset}. */
        private int firstStartingAt(int offset) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (bounds[2 * mid] < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        static Tokens of(CharSequence text, int from, int to) {
            // The chars are copied once: reading an array is much cheaper than a string's chars one call at a time.
            char[] cs = new char[to - from];
            text.toString().getChars(from, to, cs, 0);
            return of(cs, from, from, to);
        }

        /** The tokens of text chars {@code [from, to)}, where {@code cs[k]} is text char {@code base + k}. */
        private static Tokens of(char[] cs, int base, int from, int to) {
            int[] b = new int[32];
            int n = 0;
            int i = from;
            while (i < to) {
                if (!isWordChar(cs[i - base])) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < to) {
                    char c = cs[i - base];
                    if (isWordChar(c)) {
                        i++;
                    } else if (isApostrophe(c) && i + 1 < to && isWordChar(cs[i + 1 - base])) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                if (2 * n == b.length) {
                    b = Arrays.copyOf(b, b.length * 2);
                }
                b[2 * n] = start;
                b[2 * n + 1] = i;
                n++;
            }
            return new Tokens(cs, base, Arrays.copyOf(b, 2 * n), null, 0, n);
        }

        int count() {
            return count;
        }

        int start(int i) {
            return bounds[2 * (first + i)];
        }

        int end(int i) {
            return bounds[2 * (first + i) + 1];
        }

        /** True if token {@code i} continues a hyphenated compound ("changer" in "game-changer"). */
        boolean joined(int i) {
            if (i <= 0) {
                return false;
            }
            int before = end(i - 1);
            return start(i) == before + 1 && isHyphen(chars[before - base]);
        }

        /** True if token {@code i} is ASCII only. */
        boolean isAscii(int i) {
            for (int k = start(i) - base, end = end(i) - base; k < end; k++) {
                if (chars[k] >= 128) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True if the ASCII token {@code i}, in lower case if {@code ignoreCase}, is {@code word} (a normalised term
         * word).
         */
        boolean sameAscii(int i, String word, boolean ignoreCase) {
            int from = start(i) - base;
            int n = end(i) - base - from;
            if (word.length() != n) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                char c = chars[from + k];
                if (ignoreCase && c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        String text(CharSequence text, int i) {
            return text.subSequence(start(i), end(i)).toString();
        }

        /** True if only spaces, or one hyphen, separate token {@code i} from the one before. */
        boolean gapIsSpaceOrHyphen(CharSequence text, int i) {
            if (joined(i)) {
                return true;
            }
            for (int k = end(i - 1); k < start(i); k++) {
                if (!Character.isWhitespace(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }
    }
}
