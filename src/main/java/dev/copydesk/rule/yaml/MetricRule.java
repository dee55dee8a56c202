package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Document;
import dev.copydesk.document.Sentence;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.source.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code metric}: a measure of the text in scope must stay within {@code min} and {@code max}, for each unit or for
 * the whole document ({@code per}). Units or documents with fewer than {@code minwords} words are not measured.
 * {@code %s} is the measured value.
 */
record MetricRule(Common common, Formula formula, Set<Scope> scopes, boolean perDocument, Optional<Double> min,
        Optional<Double> max, int minWords) implements YamlRule {

    static final List<String> KEYS = List.of("formula", "scope", "per", "min", "max", "minwords");

    /** What is measured. */
    enum Formula {
        FLESCH_READING_EASE("flesch-reading-ease"),
        FLESCH_KINCAID_GRADE("flesch-kincaid-grade"),
        AVERAGE_SENTENCE_LENGTH("average-sentence-length"),
        WORDS("words"),
        SENTENCES("sentences");

        final String id;

        Formula(String id) {
            this.id = id;
        }

        boolean isCount() {
            return this == WORDS || this == SENTENCES;
        }

        static List<String> ids() {
            return Arrays.stream(values()).map(f -> f.id).toList();
        }
    }

    static MetricRule read(Keys k, Common common) throws ConfigException {
        String id = k.choice("formula", null, Formula.ids());
        if (id == null) {
            throw new ConfigException(k.map().location(), "a metric rule needs formula: one of "
                    + String.join(", ", Formula.ids()));
        }
        Formula f = Formula.valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
        Optional<Double> min = k.number("min");
        Optional<Double> max = k.number("max");
        if (min.isEmpty() && max.isEmpty()) {
            throw new ConfigException(k.map().location(), "a metric rule needs min or max");
        }
        String per = k.choice("per", f.isCount() ? "unit" : "document", List.of("unit", "document"));
        return new MetricRule(common, f, Rules.scopes(k, Set.of(Scope.PARAGRAPH, Scope.LIST)), per.equals("document"),
                min, max, k.integer("minwords", 0, 0));
    }

    /** Word, sentence and syllable counts. */
    private static final class Counts {
        int words;
        int sentences;
        int syllables;
    }

    @Override
    public void check(Document document, RuleContext context) {
        TimeLimit limit = common.limit();
        if (!common.applies(document, limit)) {
            return;
        }
        List<Unit> units = Units.of(document, scopes);
        if (perDocument) {
            Counts c = new Counts();
            for (Unit u : units) {
                add(u, c);
            }
            judge(c, Place.document(document), context);
            return;
        }
        for (Unit u : units) {
            Counts c = new Counts();
            add(u, c);
            judge(c, u.prose().sourceSpan(u.from(), u.to()), context);
        }
    }

    private void add(Unit u, Counts c) {
        String text = u.prose().text();
        WordTerms.Tokens t = WordTerms.Tokens.of(u.prose(), u.from(), u.to());
        boolean code = !u.prose().code().isEmpty();
        for (int i = 0; i < t.count(); i++) {
            if (code && u.inCode(t.start(i), t.end(i))) {
                continue;
            }
            c.words++;
            if (formula == Formula.FLESCH_KINCAID_GRADE || formula == Formula.FLESCH_READING_EASE) {
                c.syllables += Readability.syllables(text, t.start(i), t.end(i));
            }
        }
        if (u.scope() == Scope.PARAGRAPH || u.scope() == Scope.LIST) {
            int n = 0;
            for (Sentence s : u.prose().sentences()) {
                if (s.end() > s.start()) {
                    n++;
                }
            }
            c.sentences += Math.max(1, n);
        } else {
            c.sentences++;
        }
    }

    private void judge(Counts c, Span span, RuleContext context) {
        if (c.words == 0 || c.words < minWords) {
            return;
        }
        double value = switch (formula) {
            case FLESCH_READING_EASE -> Readability.fleschReadingEase(c.words, c.sentences, c.syllables);
            case FLESCH_KINCAID_GRADE -> Readability.fleschKincaidGrade(c.words, c.sentences, c.syllables);
            case AVERAGE_SENTENCE_LENGTH -> (double) c.words / c.sentences;
            case WORDS -> c.words;
            case SENTENCES -> c.sentences;
        };
        boolean tooHigh = max.isPresent() && value > max.get();
        boolean tooLow = min.isPresent() && value < min.get();
        if (!tooHigh && !tooLow) {
            return;
        }
        String shown = formula.isCount() ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        context.report(new Finding(span, common.message().format(shown), List.of(),
                Map.of("formula", formula.id, "value", formula.isCount() ? (Object) (long) value
                        : (Object) (Math.round(value * 10) / 10.0), "words", c.words)));
    }
}
