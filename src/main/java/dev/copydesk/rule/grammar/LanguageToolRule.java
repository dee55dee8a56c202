package dev.copydesk.rule.grammar;

import dev.copydesk.document.Document;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Fix;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleContext;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of LanguageTool under one rule id: {@code grammar} reports every match but unknown words, {@code spelling}
 * only unknown words. Both share the engine, so each paragraph is checked once for both.
 */
final class LanguageToolRule implements Rule {

    private final Optional<GrammarEngine> engine;
    private final boolean spelling;
    private final RuleMeta meta;

    LanguageToolRule(RuleMeta meta, Optional<GrammarEngine> engine, boolean spelling) {
        this.meta = meta;
        this.engine = engine;
        this.spelling = spelling;
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public void check(Document document, RuleContext context) {
        if (engine.isEmpty()) {
            return;
        }
        for (GrammarEngine.Checked c : engine.get().check(document)) {
            for (GrammarMatch m : c.matches()) {
                if (m.spelling() == spelling) {
                    context.report(finding(c.segment(), m));
                }
            }
        }
    }

    private Finding finding(Segment segment, GrammarMatch m) {
        Span span = segment.prose().sourceSpan(m.from(), m.to());
        List<Fix> fixes = new ArrayList<>(m.replacements().size());
        for (String r : m.replacements()) {
            fixes.add(new Fix(span, r));
        }
        return new Finding(span, m.message(), fixes, Map.of("languageToolRule", m.rule(), "category", m.category()));
    }
}
