package dev.copydesk.engine;

import dev.copydesk.document.Directive;
import dev.copydesk.document.Document;
import dev.copydesk.report.Diagnostic;
import dev.copydesk.rule.Finding;
import dev.copydesk.rule.Fix;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.rule.RuleTimeoutException;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs rules over one document. The linter distrusts rules: a rule that throws becomes a reported problem naming
 * it, and a finding whose span lies outside the source is reported as a rule bug instead of being printed wrong.
 * Findings silenced by inline directives are dropped.
 */
public final class Linter {

    private final RuleRegistry registry;
    private final Notices notices;
    private final Timings timings;

    public Linter(RuleRegistry registry, Notices notices) {
        this(registry, notices, Timings.disabled());
    }

    public Linter(RuleRegistry registry, Notices notices, Timings timings) {
        this.registry = registry;
        this.notices = notices;
        this.timings = timings;
    }

    /** The diagnostics of {@code rules} on {@code document}, in position order. */
    public List<Diagnostic> lint(Document document, List<ActiveRule> rules) {
        return lint(document, rules, registry);
    }

    /**
     * The diagnostics of {@code rules} on {@code document}, in position order; suppression comments may name any
     * rule of {@code known}. A rule that runs out of time (a user's pattern that backtracks without end) is an error
     * in the user's rules, reported as a notice; its other findings are kept.
     */
    public List<Diagnostic> lint(Document document, List<ActiveRule> rules, RuleRegistry known) {
        checkDirectives(document, known);
        Suppressions suppressions = new Suppressions(document.directives(), document.source());
        int length = document.source().text().length();
        List<Diagnostic> out = new ArrayList<>();
        for (ActiveRule active : rules) {
            String id = active.id();
            List<Finding> findings = new ArrayList<>();
            long start = timings.start();
            try {
                active.rule().check(document, findings::add);
            } catch (RuleTimeoutException e) {
                notices.error(e.getMessage() + " (rule " + id + ", on " + document.source().path() + ")");
            } catch (RuntimeException | StackOverflowError e) {
                out.add(Diagnostics.internal(document.source(), id, "Rule " + id + " failed on this file ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                        + "); its other findings here may be missing."));
                continue;
            } finally {
                timings.add("rule " + id, start);
            }
            for (Finding f : findings) {
                if (!inside(f.span(), length) || f.fixes().stream().map(Fix::span).anyMatch(s -> !inside(s,
                        length))) {
                    out.add(Diagnostics.internal(document.source(), id, "Rule " + id + " reported a position outside "
                            + "the file (" + f.span().start() + ".." + f.span().end() + " of " + length + ")."));
                    continue;
                }
                if (suppressions.suppressed(id, f.span().start())) {
                    continue;
                }
                out.add(Diagnostics.resolve(document.source(), id, active.severity(), active.rule().meta().help(),
                        f));
            }
        }
        Collections.sort(out);
        return out;
    }

    private static boolean inside(Span span, int length) {
        return span.end() <= length;
    }

    private void checkDirectives(Document document, RuleRegistry known) {
        for (Directive d : document.directives()) {
            for (String rule : d.rules()) {
                if (!known.contains(rule)) {
                    notices.warning(document.source().path() + ":" + document.source().lines().position(d.span().start())
                            + ": unknown rule \"" + rule + "\" in a suppression comment");
                }
            }
        }
    }
}
