package dev.copydesk.parse.markdown;

/**
 * Finds bare URLs in text, as GFM's extended autolinks do: {@code www.}, {@code http://} or {@code https://} after
 * a space or the start of the text, up to a space or {@code <}, without trailing punctuation or an unbalanced
 * closing parenthesis.
 *
 * <p>Done while the text is mapped anyway: flexmark's autolink extension rescans every text node with a regex and
 * made parsing three times slower.
 */
final class BareUrls {

    private static final String[] PREFIXES = {"https://", "http://", "www."};

    private BareUrls() {
    }

    /** The end (exclusive) of the bare URL starting at {@code from} in {@code s}, or -1 if none starts there. */
    static int end(CharSequence s, int from) {
        if (from > 0 && !opensUrl(s.charAt(from - 1))) {
            return -1;
        }
        int hostStart = -1;
        for (String prefix : PREFIXES) {
            if (startsWithIgnoreCase(s, from, prefix)) {
                hostStart = from + prefix.length();
                break;
            }
        }
        if (hostStart < 0 || hostStart >= s.length() || !Character.isLetterOrDigit(s.charAt(hostStart))) {
            return -1;
        }
        int end = hostStart;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '<'
                && s.charAt(end) != '\\') {
            end++;
        }
        return trimTrailing(s, hostStart, end);
    }

    /** Drops trailing punctuation, and closing parentheses that outnumber the opening ones. */
    private static int trimTrailing(CharSequence s, int from, int end) {
        while (end > from) {
            char c = s.charAt(end - 1);
            if ("?!.,:;*_~'\"".indexOf(c) >= 0 || (c == ')' && count(s, from, end, ')') > count(s, from, end, '('))) {
                end--;
            } else {
                return end;
            }
        }
        return end;
    }

    private static int count(CharSequence s, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** True if a bare URL may start after {@code c}. */
    static boolean opensUrl(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '*' || c == '_' || c == '~' || c == '"' || c == '\'';
    }

    private static boolean startsWithIgnoreCase(CharSequence s, int from, String prefix) {
        if (from + prefix.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(s.charAt(from + i)) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
