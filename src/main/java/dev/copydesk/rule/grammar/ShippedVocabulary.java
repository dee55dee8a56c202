package dev.copydesk.rule.grammar;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The vocabulary shipped in the jar, from {@code rules/vocabulary/*.txt}: words the spelling dictionary lacks but
 * articles use correctly (technology and product names). Listed explicitly, not found by scanning the class path.
 */
public final class ShippedVocabulary {

    /** The shipped vocabulary files, in {@code rules/vocabulary/}. */
    public static final List<String> FILES = List.of("technology.txt");

    private static final String FOLDER = "/copydesk/rules/vocabulary/";

    private ShippedVocabulary() {
    }

    /** The shipped vocabulary, read once. */
    public static Vocabulary get() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary VOCABULARY = load();
    }

    private static Vocabulary load() {
        Vocabulary v = Vocabulary.EMPTY;
        for (String name : FILES) {
            try (InputStream in = ShippedVocabulary.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("shipped vocabulary " + name + " is missing from the build");
                }
                v = v.plus(Vocabulary.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "rules/vocabulary/" + name));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read shipped vocabulary " + name, e);
            } catch (ConfigException e) {
                throw new IllegalStateException("shipped vocabulary is invalid: " + e.oneLine(), e);
            }
        }
        return v;
    }
}
