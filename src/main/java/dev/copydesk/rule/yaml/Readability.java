package dev.copydesk.rule.yaml;

import java.util.Locale;

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
        String w = word.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
        int n = w.length();
        if (n == 0) {
            return 0;
        }
        if (!Character.isLetter(w.charAt(0))) {
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
        if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !isVowel(w, n - 2)) {
            count--;
        } else if (w.endsWith("le") && n > 2 && isVowel(w, n - 3)) {
            count--;
        }
        if ((w.endsWith("es") || w.endsWith("ed")) && n > 3 && !isVowel(w, n - 3)) {
            char c = w.charAt(n - 3);
            boolean sounded = w.endsWith("ed") ? (c == 't' || c == 'd')
                    : (c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g' || w.endsWith("hes"));
            if (!sounded) {
                count--;
            }
        }
        return Math.max(1, count);
    }

    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c == 'y' && i > 0)
                || c == 'é' || c == 'è' || c == 'ê' || c == 'à' || c == 'ü' || c == 'ö' || c == 'ä';
    }
}
