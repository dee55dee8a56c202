package dev.copydesk.rule.yaml;

/**
 * Which ASCII chars and pairs of adjacent ASCII chars a text has, letters folded to lower case: computed once per
 * prose and shared by every pattern, it tells in a few bit tests that a text cannot contain a pattern's literal
 * prefix, so the text is not searched for it.
 */
final class CharPairs {

    /** Few enough bits that a paragraph's summary stays small next to its text, enough that most pairs miss. */
    private static final int PAIR_BITS = 1 << 10;

    /** Texts shorter than this are scanned directly: a summary would cost more than it saves. */
    static final int MIN_LENGTH = 64;

    private final long[] chars = new long[2];
    private final long[] pairs = new long[PAIR_BITS / 64];

    CharPairs(char[] text) {
        int prev = -1;
        for (char ch : text) {
            int c = fold(ch);
            if (c < 0) {
                prev = -1;
                continue;
            }
            chars[c >>> 6] |= 1L << c;
            if (prev >= 0) {
                int bit = pair(prev, c);
                pairs[bit >>> 6] |= 1L << bit;
            }
            prev = c;
        }
    }

    /**
     * False if the text cannot contain {@code literal} (ASCII, letters compared ignoring case); true if it may.
     */
    boolean mayContain(String literal) {
        int prev = -1;
        for (int i = 0; i < literal.length(); i++) {
            int c = fold(literal.charAt(i));
            if (c < 0) {
                return true;
            }
            if ((chars[c >>> 6] & (1L << c)) == 0) {
                return false;
            }
            if (prev >= 0) {
                int bit = pair(prev, c);
                if ((pairs[bit >>> 6] & (1L << bit)) == 0) {
                    return false;
                }
            }
            prev = c;
        }
        return true;
    }

    /** False if the text has none of {@code chars} (ASCII); true if it may have one. */
    boolean mayContainAny(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            int c = fold(chars.charAt(i));
            if (c < 0 || (this.chars[c >>> 6] & (1L << c)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static int fold(char c) {
        if (c >= 128) {
            return -1;
        }
        return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
    }

    private static int pair(int a, int b) {
        return ((a * 31) ^ (b * 131)) & (PAIR_BITS - 1);
    }
}
