package dev.copydesk.rule.builtin;

/** Short quotations of article text for messages. */
final class Quoting {

    private static final int MAX = 60;

    private Quoting() {
    }

    /** The start of a long text, cut at a word, with an ellipsis. */
    static String head(String s) {
        if (s.length() <= MAX) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX - 3);
        return (cut > 20 ? s.substring(0, cut) : s.substring(0, MAX - 3)) + "…";
    }

    /** The end of a long text, cut at a word, with a leading ellipsis. */
    static String tail(String s) {
        if (s.length() <= MAX) {
            return s;
        }
        int cut = s.indexOf(' ', s.length() - (MAX - 3));
        return "…" + (cut > 0 && cut < s.length() - 20 ? s.substring(cut + 1) : s.substring(s.length() - (MAX - 3)));
    }
}
