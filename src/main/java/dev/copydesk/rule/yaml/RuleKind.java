package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The closed set of YAML rule kinds: each has its own keys (besides the common ones) and its own rule class. */
enum RuleKind {
    EXISTENCE(ExistenceRule.KEYS, ExistenceRule::read),
    SUBSTITUTION(SubstitutionRule.KEYS, SubstitutionRule::read),
    OCCURRENCE(OccurrenceRule.KEYS, OccurrenceRule::read),
    REPETITION(RepetitionRule.KEYS, RepetitionRule::read),
    REQUIRED(RequiredRule.KEYS, RequiredRule::read),
    METRIC(MetricRule.KEYS, MetricRule::read);

    /** Keys every kind takes. */
    static final List<String> COMMON_KEYS = List.of("kind", "level", "message", "description", "help", "link",
            "exceptions", "when", "unless");

    @FunctionalInterface
    interface Reader {
        YamlRule read(Keys keys, Common common) throws ConfigException;
    }

    private final List<String> keys;
    private final Reader reader;

    RuleKind(List<String> keys, Reader reader) {
        this.keys = keys;
        this.reader = reader;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every key a rule of this kind may have. */
    List<String> allKeys() {
        List<String> all = new ArrayList<>(COMMON_KEYS);
        if (this == METRIC) {
            all.remove("exceptions");
        }
        all.addAll(keys);
        return all;
    }

    YamlRule read(Keys keys, Common common) throws ConfigException {
        return reader.read(keys, common);
    }

    static String ids() {
        return String.join(", ", Arrays.stream(values()).map(RuleKind::id).toList());
    }

    static RuleKind parse(String s) {
        for (RuleKind k : values()) {
            if (k.id().equals(s.trim())) {
                return k;
            }
        }
        return null;
    }
}
