package dev.copydesk.rule.grammar;

import dev.copydesk.config.GrammarSettings;
import dev.copydesk.document.Document;
import dev.copydesk.document.Sentence;
import dev.copydesk.document.Words;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the prose of documents with LanguageTool under one grammar setting, through the cache.
 *
 * <p>Each {@link Segment} is looked up in the cache under a key hashing its pieces together with everything that
 * changes LanguageTool's answer: its version, the language, the categories and rules, the accepted vocabulary.
 * Only segments the cache does not know are sent to LanguageTool, which is started the first time that happens.
 * The {@code grammar} and {@code spelling} rules both ask for the same document one after the other on the same
 * thread; the last document's results are kept per thread so that it is checked once. They are held softly: a
 * thread that has finished a large document must not keep it in memory while another thread checks the next one.
 *
 * <p>Thread-safe: each thread gets its own LanguageTool instance (see {@link LanguageToolChecker}).
 */
public final class GrammarEngine {

    /** Rules that expect whole sentences, ignored in headings, list items and table cells. */
    private static final Set<String> SENTENCE_RULES = Set.of("UPPERCASE_SENTENCE_START", "PUNCTUATION_PARAGRAPH_END");

    /** A segment with at least this many unknown words, making up this share of its words, is not English prose. */
    private static final int MOSTLY_UNKNOWN_MIN = 5;
    private static final int MOSTLY_UNKNOWN_PERCENT = 40;

    private final GrammarSettings settings;
    private final List<String> accepted;
    private final Set<String> acceptedSet;
    private final GrammarService service;
    private final byte[] fingerprint;
    private final ThreadLocal<SoftReference<Memo>> last = new ThreadLocal<>();
    private final Object startLock = new Object();
    private volatile LanguageToolChecker checker;

    GrammarEngine(GrammarSettings settings, List<String> accepted, GrammarService service) {
        this.settings = settings;
        this.accepted = List.copyOf(accepted);
        this.acceptedSet = Set.copyOf(accepted);
        this.service = service;
        this.fingerprint = sha256(String.join("\n", "copydesk-grammar/" + GrammarCache.FORMAT,
                "languagetool " + GrammarService.languageToolVersion(), settings.language(),
                "categories " + settings.enabledCategories(), "disabled " + settings.disabledRules(),
                "enabled " + settings.enabledRules(), "accepted " + this.accepted).getBytes(StandardCharsets.UTF_8));
    }

    /** The prose checked in a document and LanguageTool's matches in it, filtered for Copydesk. */
    record Checked(Segment segment, List<GrammarMatch> matches) {
    }

    /** The checked segments of a document, in source order, each with its matches. */
    List<Checked> check(Document document) {
        SoftReference<Memo> held = last.get();
        Memo memo = held == null ? null : held.get();
        if (memo != null && memo.document() == document) {
            return memo.result();
        }
        last.remove();
        List<Checked> result = compute(document);
        last.set(new SoftReference<>(new Memo(document, result)));
        return result;
    }

    private record Memo(Document document, List<Checked> result) {
    }

    private List<Checked> compute(Document document) {
        String path = document.source().path();
        Optional<String> language = declaredLanguage(document);
        if (language.isPresent() && !isEnglish(language.get())) {
            service.skippedLanguage(path, language.get());
            return List.of();
        }
        Optional<String> variant = language.flatMap(GrammarSettings::variant);
        if (variant.isPresent() && !variant.get().equals(settings.language())) {
            // An article that declares its English ("en-GB") is checked in it, whatever the site's default.
            return service.engine(settings.withLanguage(variant.get()), accepted).check(document);
        }
        List<Segment> segments = Segment.of(document.blocks());
        List<Segment> within = budget(path, segments);

        Optional<GrammarCache> cache = service.cache();
        String fileKey = hex(sha256(fingerprint, path));
        Map<String, List<GrammarMatch>> stored = cache.isPresent() ? cache.get().load(fileKey) : Map.of();
        Map<String, List<GrammarMatch>> current = new LinkedHashMap<>();
        boolean checkedAny = false;
        List<Checked> out = new ArrayList<>(within.size());
        for (Segment s : within) {
            String key = hex(sha256(fingerprint, s.contentKey()));
            List<GrammarMatch> raw = current.get(key);
            if (raw == null) {
                raw = stored.get(key);
                boolean hit = raw != null && fits(raw, s);
                if (!hit) {
                    raw = checker().check(s);
                    checkedAny = true;
                }
                service.counted(hit);
                current.put(key, raw);
            }
            out.add(new Checked(s, keep(s, raw)));
        }
        if (cache.isPresent() && (checkedAny || !stored.keySet().equals(current.keySet()))) {
            cache.get().store(fileKey, path, current);
        }
        return List.copyOf(out);
    }

    /**
     * The segments within the document's prose budget, the last perhaps cut after its last whole sentence within it;
     * the rest are skipped, with a notice naming the file.
     */
    private List<Segment> budget(String path, List<Segment> segments) {
        long total = 0;
        for (Segment s : segments) {
            total += s.text().length();
        }
        if (total <= settings.maxCharacters()) {
            return segments;
        }
        List<Segment> within = new ArrayList<>();
        long used = 0;
        for (Segment s : segments) {
            if (used + s.text().length() > settings.maxCharacters()) {
                // The whole sentences of the first segment over the budget that still fit in it.
                int cut = 0;
                for (Sentence sentence : s.prose().sentences()) {
                    if (used + sentence.end() <= settings.maxCharacters()) {
                        cut = sentence.end();
                    }
                }
                Segment part = cut > 0 ? Segment.of(s.kind(), s.prose().prefix(cut)) : null;
                if (part != null && part.hasText()) {
                    within.add(part);
                    used += cut;
                }
                break;
            }
            used += s.text().length();
            within.add(s);
        }
        service.warning(path + ": grammar and spelling checked only the first " + used + " of " + total
                + " characters of prose (grammar maxCharacters is " + settings.maxCharacters() + ")");
        return within;
    }

    private LanguageToolChecker checker() {
        LanguageToolChecker c = checker;
        if (c == null) {
            synchronized (startLock) {
                c = checker;
                if (c == null) {
                    c = new LanguageToolChecker(settings, accepted, service);
                    checker = c;
                }
            }
        }
        return c;
    }

    /** False if a stored result cannot belong to this segment (a damaged entry): then it is checked again. */
    private static boolean fits(List<GrammarMatch> matches, Segment s) {
        for (GrammarMatch m : matches) {
            if (m.to() > s.text().length()) {
                return false;
            }
        }
        return true;
    }

    /**
     * LanguageTool's matches that Copydesk reports: not about markup (code, URLs), not on accepted words, not about
     * code-like tokens for spelling, and not sentence rules on fragments such as headings and list items. Spelling
     * matches get a message naming the word; a segment where most words are unknown (another language, placeholder
     * text, a list of user names) gets one spelling match for the whole segment instead of one per word.
     */
    private List<GrammarMatch> keep(Segment s, List<GrammarMatch> raw) {
        List<GrammarMatch> out = new ArrayList<>(raw.size());
        List<GrammarMatch> unknown = new ArrayList<>();
        String text = s.text();
        for (GrammarMatch m : raw) {
            if (s.touchesMarkup(m.from(), m.to())) {
                continue;
            }
            if (s.kind() != Segment.Kind.PARAGRAPH && SENTENCE_RULES.contains(m.rule())) {
                continue;
            }
            String matched = text.substring(m.from(), m.to());
            if (isAccepted(matched)) {
                continue;
            }
            if (m.spelling()) {
                if (!codeLike(text, m.from(), m.to())) {
                    GrammarMatch word = new GrammarMatch(m.from(), m.to(), m.rule(), m.category(),
                            "Possible spelling mistake: \"" + matched + "\".", m.replacements(), true);
                    out.add(word);
                    unknown.add(word);
                }
                continue;
            }
            out.add(m);
        }
        int words = Words.count(text);
        if (unknown.size() >= MOSTLY_UNKNOWN_MIN && unknown.size() * 100 >= words * MOSTLY_UNKNOWN_PERCENT) {
            out.removeAll(unknown);
            GrammarMatch first = unknown.get(0);
            out.add(0, new GrammarMatch(0, text.length(), first.rule(), first.category(), "Most words here ("
                    + unknown.size() + " of " + words + ") are not in the " + settings.language() + " dictionary: "
                    + "text in another language, placeholder text or a list of names? Its words are not reported "
                    + "one by one.", List.of(), true));
        }
        return out;
    }

    /** True if the words are accepted as written, or with a capital first letter for a lower-case entry. */
    boolean isAccepted(String words) {
        if (acceptedSet.contains(words)) {
            return true;
        }
        if (!words.isEmpty() && Character.isUpperCase(words.charAt(0))) {
            return acceptedSet.contains(Character.toLowerCase(words.charAt(0)) + words.substring(1));
        }
        return false;
    }

    /**
     * True if the whitespace-delimited token around {@code [from, to)} looks like code rather than a word: it holds
     * digits, underscores, brackets, operators or a dot between letters, or is camelCase starting in lower case.
     * Identifiers written without code formatting are common in technical articles; a spelling checker that flags
     * each one drowns the real typos.
     */
    static boolean codeLike(String text, int from, int to) {
        int start = from;
        int end = to;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        while (start < end && "(\"'“‘[«".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ")\"'”’].,;:!?»…".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        boolean sawLower = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || "_/\\<>{}[]()=$%@#|~^*+&;:`".indexOf(c) >= 0) {
                return true;
            }
            if (c == '.' && i + 1 < end && Character.isLetter(text.charAt(i + 1))) {
                return true;
            }
            if (Character.isUpperCase(c) && sawLower && i > start && Character.isLowerCase(text.charAt(start))) {
                return true;
            }
            sawLower |= Character.isLowerCase(c);
        }
        return false;
    }

    private static Optional<String> declaredLanguage(Document document) {
        for (Map.Entry<String, List<String>> e : document.metadata().entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            if ((key.equals("lang") || key.equals("language")) && !e.getValue().isEmpty()
                    && !e.getValue().get(0).isBlank()) {
                return Optional.of(e.getValue().get(0).strip());
            }
        }
        return Optional.empty();
    }

    private static boolean isEnglish(String language) {
        String l = language.toLowerCase(Locale.ROOT);
        return l.equals("en") || l.startsWith("en-") || l.startsWith("en_") || l.equals("english");
    }

    private static byte[] sha256(byte[] prefix, String text) {
        MessageDigest d = digest();
        d.update(prefix);
        d.update((byte) 0);
        d.update(text.getBytes(StandardCharsets.UTF_8));
        return d.digest();
    }

    private static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
