package dev.copydesk.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code grammar:} section of a config: whether grammar and spelling are checked, in which English, and which
 * LanguageTool categories and rules take part. The lists here are the effective ones (defaults applied), sorted, so
 * two settings that check the same way are equal.
 *
 * @param enabled           whether the {@code grammar} and {@code spelling} rules run (the command line may
 *                          override it)
 * @param language          a LanguageTool language code, one of {@link #LANGUAGES}
 * @param enabledCategories the LanguageTool categories checked (ids, sorted)
 * @param disabledRules     LanguageTool rule ids switched off (sorted)
 * @param enabledRules      LanguageTool rule ids switched on even if off by default or in a category not checked
 * @param maxCharacters     the prose of one document checked at most; the rest is skipped with a notice
 */
public record GrammarSettings(boolean enabled, String language, List<String> enabledCategories,
        List<String> disabledRules, List<String> enabledRules, int maxCharacters) {

    /** The English variants LanguageTool checks, with their names. */
    public static final Map<String, String> LANGUAGES = orderedMap(
            "en-US", "American English",
            "en-GB", "British English",
            "en-AU", "Australian English",
            "en-CA", "Canadian English",
            "en-NZ", "New Zealand English",
            "en-ZA", "South African English");

    /**
     * The LanguageTool categories of English rules, with their names and whether Copydesk checks them by default.
     * Style, redundancy, typography and regional-usage categories are off by default: they are matters of house
     * style, and a linter that flags every "in order to" or straight quote gets switched off.
     */
    public static final Map<String, Category> CATEGORIES = categories(
            new Category("GRAMMAR", "Grammar", true),
            new Category("TYPOS", "Possible Typo", true),
            new Category("CONFUSED_WORDS", "Commonly Confused Words", true),
            new Category("COLLOCATIONS", "Collocations", true),
            new Category("COMPOUNDING", "Compounding", true),
            new Category("CASING", "Upper/Lowercase", true),
            new Category("PUNCTUATION", "Punctuation", true),
            new Category("MULTITOKEN_SPELLING", "Orthographic errors", true),
            new Category("NONSTANDARD_PHRASES", "Nonstandard Phrases", true),
            new Category("SEMANTICS", "Semantics", true),
            new Category("MISC", "Miscellaneous", true),
            new Category("STYLE", "Style", false),
            new Category("REDUNDANCY", "Redundant Phrases", false),
            new Category("REPETITIONS_STYLE", "Repetitions (Style)", false),
            new Category("TYPOGRAPHY", "Typography", false),
            new Category("PLAIN_ENGLISH", "Plain English", false),
            new Category("CREATIVE_WRITING", "Creative Writing", false),
            new Category("TEXT_ANALYSIS", "Text Analysis", false),
            new Category("TON_ACADEMIC", "Academic Writing", false),
            new Category("WIKIPEDIA", "Wikipedia", false),
            new Category("AMERICAN_ENGLISH_STYLE", "American English Style", false),
            new Category("AMERICAN_ENGLISH", "American English phrases", false),
            new Category("BRITISH_ENGLISH", "British English phrases", false),
            new Category("BRE_STYLE_OXFORD_SPELLING", "British English, Oxford spelling", false));

    /**
     * LanguageTool rules off by default, each for the same reason: on web articles they are wrong more often than
     * right. Quotes and commas in compound sentences or after introductory phrases are house style, and a quotation
     * that runs over several paragraphs legitimately leaves its opening quote unpaired.
     */
    public static final List<String> DEFAULT_DISABLED_RULES = List.of(
            "COMMA_COMPOUND_SENTENCE",
            "COMMA_COMPOUND_SENTENCE_2",
            "EN_UNPAIRED_QUOTES",
            "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE");

    /** The default prose budget per document: about 15,000 words, a few seconds of LanguageTool. */
    public static final int DEFAULT_MAX_CHARACTERS = 100_000;

    /** The defaults: on, American English, the default categories and rules. */
    public static final GrammarSettings DEFAULT = new GrammarSettings(true, "en-US", defaultCategories(),
            DEFAULT_DISABLED_RULES, List.of(), DEFAULT_MAX_CHARACTERS);

    public GrammarSettings {
        enabledCategories = sorted(enabledCategories);
        disabledRules = sorted(disabledRules);
        enabledRules = sorted(enabledRules);
        if (!LANGUAGES.containsKey(language)) {
            throw new IllegalArgumentException("unknown language " + language);
        }
    }

    /** A LanguageTool category: its id, its name, and whether Copydesk checks it by default. */
    public record Category(String id, String name, boolean byDefault) {
    }

    /** The ids of the categories checked by default, in {@link #CATEGORIES} order. */
    public static List<String> defaultCategories() {
        return CATEGORIES.values().stream().filter(Category::byDefault).map(Category::id).toList();
    }

    /**
     * Settings from the user's lists: {@code categories} replaces the default categories when not empty;
     * {@code disableRules} adds to the default disabled rules; {@code enableRules} switches rules on.
     */
    public static GrammarSettings of(boolean enabled, String language, List<String> categories,
            List<String> disableRules, List<String> enableRules, int maxCharacters) {
        Set<String> off = new TreeSet<>(DEFAULT_DISABLED_RULES);
        off.addAll(disableRules);
        off.removeAll(enableRules);
        return new GrammarSettings(enabled, language, categories.isEmpty() ? defaultCategories() : categories,
                new ArrayList<>(off), enableRules, maxCharacters);
    }

    /** The same settings in another of the {@link #LANGUAGES}. */
    public GrammarSettings withLanguage(String other) {
        return new GrammarSettings(enabled, other, enabledCategories, disabledRules, enabledRules, maxCharacters);
    }

    /**
     * The variant of {@link #LANGUAGES} a document's declared language names ("en-GB", "en_gb"), if it names one;
     * empty for plain "en", other variants and other languages.
     */
    public static Optional<String> variant(String declared) {
        String code = declared.strip().replace('_', '-');
        for (String known : LANGUAGES.keySet()) {
            if (known.equalsIgnoreCase(code)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    /** The same settings, switched on or off. */
    public GrammarSettings withEnabled(boolean on) {
        return new GrammarSettings(on, language, enabledCategories, disabledRules, enabledRules, maxCharacters);
    }

    private static List<String> sorted(List<String> list) {
        return List.copyOf(new TreeSet<>(list));
    }

    private static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, Category> categories(Category... cs) {
        Map<String, Category> m = new LinkedHashMap<>();
        for (Category c : cs) {
            m.put(c.id(), c);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
