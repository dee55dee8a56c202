package dev.copydesk.testing;

import dev.copydesk.document.Document;
import dev.copydesk.engine.ActiveRule;
import dev.copydesk.engine.FormatDetector;
import dev.copydesk.engine.Linter;
import dev.copydesk.engine.Notices;
import dev.copydesk.parse.Parsers;
import dev.copydesk.report.Diagnostic;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.rule.builtin.BuiltinRules;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Runs rules over a text or file the way the engine does, with a fixed date, for tests. */
public final class Lint {

    /** The date tests run at, so that stale-year results do not change with the clock. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private Lint() {
    }

    /** Parses {@code text} (format by the name's extension) and runs the given rules with default options. */
    public static List<Diagnostic> run(String name, String text, String... ruleIds) {
        return lint(new SourceFile(name, text), ruleIds);
    }

    /** Reads, decodes and parses a file and runs the given rules with default options. */
    public static List<Diagnostic> run(Path file, String... ruleIds) {
        try {
            return lint(SourceFile.decode(file.toString(), Files.readAllBytes(file)), ruleIds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(e.oneLine(), e);
        }
    }

    /** Parses {@code text} (format by the name's extension) and runs already built rules at their default level. */
    public static List<Diagnostic> runRules(String name, String text, List<Rule> rules) {
        List<ActiveRule> active = rules.stream().map(r -> new ActiveRule(r, r.meta().severity())).toList();
        return new Linter(BuiltinRules.registry(), new Notices()).lint(parse(new SourceFile(name, text)), active);
    }

    /** Parses a source the way the engine would. */
    public static Document parse(SourceFile source) {
        return Parsers.all().get(FormatDetector.detect(source.path(), source.text())).parse(source);
    }

    private static List<Diagnostic> lint(SourceFile source, String... ruleIds) {
        RuleRegistry registry = BuiltinRules.registry();
        RuleEnvironment env = new RuleEnvironment(TODAY);
        List<ActiveRule> rules = new ArrayList<>();
        try {
            for (String id : ruleIds) {
                RuleProvider p = registry.get(id).orElseThrow(() -> new IllegalArgumentException("no rule " + id));
                rules.add(new ActiveRule(p.create(RuleOptions.none(id), env), p.meta().severity()));
            }
        } catch (InputException e) {
            throw new IllegalStateException(e.oneLine(), e);
        }
        return new Linter(registry, new Notices()).lint(parse(source), rules);
    }

    /** {@code line:column rule} for each diagnostic, the form fixtures state their expectations in. */
    public static List<String> positions(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.start().line() + ":" + d.start().column() + " " + d.rule())
                .toList();
    }
}
