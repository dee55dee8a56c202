package dev.copydesk.document;

import java.util.Arrays;

/**
 * Numbers the distinct words of a text, as {@link Words#lower} gives them (lower case, typographic apostrophes
 * straight), from 0 in order of first sight, without making a string of each occurrence: comparing sentences word by
 * word then compares ints. Not thread-safe: one instance serves one document.
 */
public final class WordIds {

    private int[] table = new int[64];
    private char[][] words = new char[32][];
    private int[] hashes = new int[32];
    private int size;
    /** The ids of the text being read, in {@code ids[0, found)}. */
    private int[] ids = new int[64];
    private int found;

    /** The ids of the words of {@code text[from, to)}, in order. */
    public int[] of(CharSequence text, int from, int to) {
        return of(Words.chars(text, from, to), 0, to - from);
    }

    /** The ids of the words of a prose's text within {@code [from, to)}, in order. */
    public int[] of(Prose prose, int from, int to) {
        return of(prose.chars(), from, to);
    }

    private int[] of(char[] cs, int from, int to) {
        found = 0;
        Words.scan(cs, from, to, (start, end) -> {
            if (found == ids.length) {
                ids = Arrays.copyOf(ids, found * 2);
            }
            ids[found++] = id(cs, start, end);
        });
        return Arrays.copyOf(ids, found);
    }

    /** The word with this id. */
    public String word(int id) {
        return new String(words[id]);
    }

    /** How many distinct words have been seen. */
    public int size() {
        return size;
    }

    private int id(char[] cs, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(cs[i]);
        }
        h ^= h >>> 16;
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int e = table[slot];
            if (e == 0) {
                return add(cs, start, end, h, slot);
            }
            int id = e - 1;
            if (hashes[id] == h && sameFolded(words[id], cs, start, end)) {
                return id;
            }
        }
    }

    private static boolean sameFolded(char[] word, char[] cs, int start, int end) {
        if (word.length != end - start) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (word[i] != fold(cs[start + i])) {
                return false;
            }
        }
        return true;
    }

    private int add(char[] cs, int start, int end, int hash, int slot) {
        int id = size++;
        if (id == words.length) {
            words = Arrays.copyOf(words, id * 2);
            hashes = Arrays.copyOf(hashes, id * 2);
        }
        char[] word = new char[end - start];
        for (int i = 0; i < word.length; i++) {
            word[i] = fold(cs[start + i]);
        }
        words[id] = word;
        hashes[id] = hash;
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id + 1;
        }
        table = bigger;
    }

    /** As {@link Words#normalize} folds one char: lower case, typographic apostrophe straight. */
    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        return c == '’' ? '\'' : Character.toLowerCase(c);
    }
}
