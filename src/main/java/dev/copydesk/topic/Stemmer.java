package dev.copydesk.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits text into lower-case word stems with Lucene's KStem, a dictionary-based English stemmer whose stems stay
 * readable ("lawns" and "lawn" give "lawn", "feeding" gives "feed", "therapies" gives "therapy"). Lexicon terms and
 * checked text go through the same stemmer, so lexicons list one form of each word.
 *
 * <p>Words are runs of letters and digits; hyphens and slashes separate words ("weed-and-feed" is three words),
 * and a possessive {@code 's} is dropped. Thread-safe: Lucene's analyzer keeps one token stream per thread.
 */
public final class Stemmer implements AutoCloseable {

    /** Longer "words" (URLs, hashes) are kept as they are: no dictionary word is this long. */
    private static final int MAX_STEMMED = 40;

    /** How many words the stem cache holds at most, to keep memory bounded on any corpus. */
    private static final int MAX_CACHED = 200_000;

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            return new TokenStreamComponents(source, new KStemFilter(source));
        }
    };

    /** Stems already computed, by word: articles repeat their words, and Lucene's analyzer is costly per call. */
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The words of {@code text} with their stems, in order. */
    public List<Token> tokens(CharSequence text) {
        List<int[]> ranges = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> known = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        // The chars are copied once: reading an array is much cheaper than a string's chars one call at a time.
        char[] cs = text.toString().toCharArray();
        int n = cs.length;
        int i = 0;
        while (i < n) {
            if (!isLetterOrDigit(cs[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (isLetterOrDigit(cs[i])
                    || cs[i] >= 128 && Character.getType(cs[i]) == Character.NON_SPACING_MARK
                    || (isApostrophe(cs[i]) && i + 1 < n && isLetter(cs[i + 1])))) {
                i++;
            }
            int end = i;
            String word = word(cs, start, end);
            if (word.isEmpty()) {
                continue;
            }
            if (word.length() > MAX_STEMMED) {
                word = word.substring(0, MAX_STEMMED);
            }
            ranges.add(new int[] {start, end});
            words.add(word);
            String stem = cache.get(word);
            known.add(stem);
            if (stem == null) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(word);
            }
        }
        Map<String, String> fresh = new HashMap<>();
        if (joined.length() > 0) {
            String[] missing = joined.toString().split(" ");
            List<String> stems = stemJoined(joined.toString());
            if (stems.size() != missing.length) {
                throw new IllegalStateException("stemmer gave " + stems.size() + " stems for " + missing.length
                        + " words");
            }
            for (int k = 0; k < missing.length; k++) {
                fresh.put(missing[k], stems.get(k));
                if (cache.size() < MAX_CACHED) {
                    cache.put(missing[k], stems.get(k));
                }
            }
        }
        List<Token> out = new ArrayList<>(words.size());
        for (int k = 0; k < words.size(); k++) {
            String stem = known.get(k) != null ? known.get(k) : fresh.get(words.get(k));
            out.add(new Token(stem, ranges.get(k)[0], ranges.get(k)[1]));
        }
        return out;
    }

    /**
     * The word {@code text[start, end)} as it is stemmed: in lower case, without a possessive {@code 's} and without
     * apostrophes. Most words are plain lower-case ASCII and are taken as they are.
     */
    private static String word(char[] cs, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = cs[k];
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                String word = new String(cs, start, end - start).toLowerCase(Locale.ROOT).replace('’', '\'')
                        .replace('‘', '\'');
                if (word.endsWith("'s")) {
                    word = word.substring(0, word.length() - 2);
                }
                return word.replace("'", "");
            }
        }
        return new String(cs, start, end - start);
    }

    /**
     * The stem of each word (its words' stems joined by a space, for a "word" such as "no-knead" that is several),
     * in one pass through the analyzer: lexicons are compiled with this.
     */
    public List<String> stemEach(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        List<Integer> plain = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            out.add(null);
            if (!w.isEmpty() && w.length() <= MAX_STEMMED && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                plain.add(i);
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(w);
            } else {
                out.set(i, String.join(" ", stems(w)));
            }
        }
        List<String> stems = stemJoined(joined.toString());
        if (stems.size() != plain.size()) {
            throw new IllegalStateException("stemmer gave " + stems.size() + " stems for " + plain.size() + " words");
        }
        for (int k = 0; k < plain.size(); k++) {
            out.set(plain.get(k), stems.get(k));
        }
        return out;
    }

    /** The stems of {@code text}'s words, in order. */
    public List<String> stems(CharSequence text) {
        return tokens(text).stream().map(Token::stem).toList();
    }

    private List<String> stemJoined(String joined) {
        List<String> out = new ArrayList<>();
        if (joined.isEmpty()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("", joined)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@link Character#isLetterOrDigit(char)}, answered without a table lookup for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? isLetter(c) || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetter(char)}, answered without a table lookup for ASCII. */
    private static boolean isLetter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
