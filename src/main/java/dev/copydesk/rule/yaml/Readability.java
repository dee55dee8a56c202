package dev.copydesk.rule.yaml;

/** Syllable counts and the Flesch formulas, for English. */
final class Readability {

    private Readability() {
    }

    /** Flesch reading ease: higher is easier; 60–70 is plain English. */
    static double fleschReadingEase(int words, int sentences, int syllables) {
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    /** Flesch–Kincaid grade: the US school grade needed to follow the text. */
    static double fleschKincaidGrade(int words, int sentences, int syllables) {
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /**
     * An estimate of a word's syllables: groups of vowels, less a silent final "e" (but not "-le" after a consonant),
     * "-es" and "-ed" endings that add no sound; at least one. Numbers count one per digit group.
     */
    static int syllables(String word) {
        return syllables(word, 0, word.length());
    }

    /** {@link #syllables(String)} of the word {@code text[start, end)}. */
    static int syllables(CharSequence text, int start, int end) {
        char[] w = new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '’' && c != '\'') {
                w[n++] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) : Character.toLowerCase(c);
            }
        }
        if (n == 0) {
            return 0;
        }
        if (!Character.isLetter(w[0])) {
            return 1;
        }
        if (n <= 3) {
            return 1;
        }
        int count = 0;
        boolean prevVowel = false;
        for (int i = 0; i < n; i++) {
            boolean v = isVowel(w, i);
            if (v && !prevVowel) {
                count++;
            }
            prevVowel = v;
        }
        char last = w[n - 1];
        char beforeLast = w[n - 2];
        if (last == 'e' && beforeLast != 'l' && beforeLast != 'e' && !isVowel(w, n - 2)) {
            count--;
        } else if (last == 'e' && beforeLast == 'l' && isVowel(w, n - 3)) {
            count--;
        }
        boolean ed = beforeLast == 'e' && last == 'd';
        if ((ed || beforeLast == 'e' && last == 's') && !isVowel(w, n - 3)) {
            char c = w[n - 3];
            boolean sounded = ed ? (c == 't' || c == 'd')
                    : (c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g' || c == 'h');
            if (!sounded) {
                count--;
            }
        }
        return Math.max(1, count);
    }

    private static boolean isVowel(char[] w, int i) {
        char c = w[i];
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c == 'y' && i > 0)
                || c == 'é' || c == 'è' || c == 'ê' || c == 'à' || c == 'ü' || c == 'ö' || c == 'ä';
    }
}
