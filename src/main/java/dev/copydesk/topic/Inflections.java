package dev.copydesk.topic;

import java.util.ArrayList;
import java.util.List;

/**
 * The regular inflections of a lexicon word (plural, {@code -ing}), which KStem does not always fold ("dogs" and
 * "smoking" stay as they are). Only used to map a text's word onto the lexicon word it inflects. Past forms are left
 * to KStem, which folds the regular ones and keeps adjectives such as "tired" (not a form of "tire").
 */
final class Inflections {

    private Inflections() {
    }

    static List<String> of(String w) {
        List<String> out = new ArrayList<>();
        if (w.length() < 2 || !w.chars().allMatch(Character::isLetter)) {
            return out;
        }
        char last = w.charAt(w.length() - 1);
        char before = w.charAt(w.length() - 2);
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            out.add(w + "es");
        } else if (last == 'y' && !isVowel(before)) {
            out.add(w.substring(0, w.length() - 1) + "ies");
        } else if (last == 'f') {
            out.add(w.substring(0, w.length() - 1) + "ves");
            out.add(w + "s");
        } else if (w.endsWith("fe")) {
            out.add(w.substring(0, w.length() - 2) + "ves");
            out.add(w + "s");
        } else {
            out.add(w + "s");
        }
        if (w.length() >= 3 && isCvc(w)) {
            out.add(w + last + "ing");
        }
        if (w.length() >= 4) {
            if (last == 'e' && before != 'e') {
                out.add(w.substring(0, w.length() - 1) + "ing");
            } else {
                out.add(w + "ing");
            }
        }
        return out;
    }

    /** Consonant, vowel, consonant at the end (not w, x or y): "shop", "plan", "jog" double it. */
    private static boolean isCvc(String w) {
        int n = w.length();
        char c3 = w.charAt(n - 1);
        return !isVowel(c3) && "wxy".indexOf(c3) < 0 && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3))
                && n <= 4;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
