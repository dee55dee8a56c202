package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Prose;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact character sequences matched anywhere, even inside words (for broken encodings like "Ã©"): a trie over
 * characters, entered only at characters that can start a term. The longest term wins at each position.
 */
final class CharTerms implements TextPattern {

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        int key = -1;
    }

    private final Node root = new Node();
    private final boolean ignoreCase;
    private final boolean[] firstBmp = new boolean[Character.MAX_VALUE + 1];
    private final int size;

    private CharTerms(boolean ignoreCase, int size) {
        this.ignoreCase = ignoreCase;
        this.size = size;
    }

    static CharTerms of(List<Located> terms, boolean ignoreCase) throws ConfigException {
        CharTerms t = new CharTerms(ignoreCase, terms.size());
        for (int i = 0; i < terms.size(); i++) {
            String s = terms.get(i).value();
            if (s.isEmpty()) {
                throw new ConfigException(terms.get(i).location(), "a term must not be empty");
            }
            Node n = t.root;
            for (int k = 0; k < s.length(); k++) {
                char c = t.fold(s.charAt(k));
                if (k == 0) {
                    t.firstBmp[c] = true;
                }
                n = n.next.computeIfAbsent(c, x -> new Node());
            }
            if (n.key < 0) {
                n.key = i;
            }
        }
        if (ignoreCase) {
            // Every char whose folded form starts a term starts one too, so that scanning need not fold each char.
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (t.firstBmp[Character.toLowerCase((char) c)]) {
                    t.firstBmp[c] = true;
                }
            }
        }
        return t;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void find(CharSequence text, int from, int to, TimeLimit limit, List<Match> out) {
        char[] cs = new char[to - from];
        text.toString().getChars(from, to, cs, 0);
        find(cs, from, from, to, out);
    }

    @Override
    public void find(Prose prose, int from, int to, TimeLimit limit, List<Match> out) {
        find(prose.chars(), 0, from, to, out);
    }

    /** Finds in text chars {@code [from, to)}, where {@code cs[k]} is text char {@code base + k}. */
    private void find(char[] cs, int base, int from, int to, List<Match> out) {
        for (int i = from; i < to; i++) {
            if (!firstBmp[cs[i - base]]) {
                continue;
            }
            Node n = root;
            int bestEnd = -1;
            int bestKey = -1;
            for (int j = i; j < to; j++) {
                n = n.next.get(fold(cs[j - base]));
                if (n == null) {
                    break;
                }
                if (n.key >= 0) {
                    bestEnd = j + 1;
                    bestKey = n.key;
                }
            }
            if (bestEnd > 0) {
                out.add(new Match(i, bestEnd, bestKey));
                i = bestEnd - 1;
            }
        }
    }

    private char fold(char c) {
        if (!ignoreCase) {
            return c;
        }
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) : Character.toLowerCase(c);
    }
}
