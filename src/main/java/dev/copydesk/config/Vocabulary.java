package dev.copydesk.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A project's words: terms to accept (brand and product names the spelling checker does not know: never a spelling
 * finding) and terms to reject (always an error, with an optional preferred form).
 *
 * <p>Vocabulary files have one term per line; {@code #} starts a comment line; a line starting with {@code !}
 * rejects the term after it, and {@code !term -> preferred} also names what to write instead:
 *
 * <pre>
 * # Our products
 * SubstanceAbuseAction
 * !e-mail -> email
 * </pre>
 */
public record Vocabulary(List<String> accept, List<Rejected> reject) {

    /** No words. */
    public static final Vocabulary EMPTY = new Vocabulary(List.of(), List.of());

    /** A rejected term and, if given, the form to use instead. */
    public record Rejected(String term, Optional<String> preferred) {
    }

    public Vocabulary {
        accept = List.copyOf(new TreeSet<>(accept));
        Map<String, Rejected> byTerm = new LinkedHashMap<>();
        for (Rejected r : reject) {
            byTerm.put(r.term().toLowerCase(Locale.ROOT), r);
        }
        reject = List.copyOf(byTerm.values());
    }

    public boolean isEmpty() {
        return accept.isEmpty() && reject.isEmpty();
    }

    /** Both vocabularies; for a term rejected in both, {@code other}'s entry wins. */
    public Vocabulary plus(Vocabulary other) {
        List<String> a = new ArrayList<>(accept);
        a.addAll(other.accept);
        List<Rejected> r = new ArrayList<>(reject);
        r.addAll(other.reject);
        return new Vocabulary(a, r);
    }

    /** Parses a vocabulary file; {@code path} names it in errors. */
    public static Vocabulary parse(String text, String path) throws ConfigException {
        List<String> accept = new ArrayList<>();
        List<Rejected> reject = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int column = lines[i].indexOf(line.charAt(0)) + 1;
            Location at = new Location(path, i + 1, column);
            if (line.startsWith("!")) {
                reject.add(rejected(line.substring(1), at));
            } else {
                accept.add(term(line, at));
            }
        }
        return new Vocabulary(accept, reject);
    }

    /** Reads {@code term} or {@code term -> preferred}. */
    public static Rejected rejected(String entry, Location at) throws ConfigException {
        int arrow = entry.indexOf("->");
        if (arrow < 0) {
            return new Rejected(term(entry, at), Optional.empty());
        }
        return new Rejected(term(entry.substring(0, arrow), at), Optional.of(term(entry.substring(arrow + 2), at)));
    }

    /** A term as written, trimmed; it must contain a letter or digit. */
    public static String term(String s, Location at) throws ConfigException {
        String t = s.strip().replaceAll("\\s+", " ");
        if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new ConfigException(at, "a vocabulary term needs a letter or digit, not \"" + s.strip() + "\"");
        }
        return t;
    }
}
