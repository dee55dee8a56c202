package dev.copydesk.bench;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Document;
import dev.copydesk.document.Format;
import dev.copydesk.engine.ActiveRule;
import dev.copydesk.engine.Linter;
import dev.copydesk.engine.Notices;
import dev.copydesk.parse.Parsers;
import dev.copydesk.report.Diagnostic;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.RuleProvider;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.rule.builtin.BuiltinRules;
import dev.copydesk.source.SourceFile;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Running every rule except grammar and spelling (which have their own benchmark, bench/grammar.sh) over one parsed
 * article, per format, through the linter: suppressions, span checks and positions included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesBenchmark {

    private static final Set<String> LANGUAGE_TOOL = Set.of("grammar", "spelling");

    @Param({"MARKDOWN", "HTML", "TEXT"})
    public Format format;

    private Document document;
    private List<ActiveRule> rules;
    private Linter linter;

    @Setup
    public void setUp() throws IOException, ConfigException {
        document = Parsers.all().get(format).parse(new SourceFile(Articles.fileName(format), Articles.text(format)));
        RuleRegistry registry = BuiltinRules.registry();
        RuleEnvironment env = new RuleEnvironment(LocalDate.of(2026, 6, 15));
        rules = new ArrayList<>();
        for (RuleProvider p : registry.all()) {
            if (!LANGUAGE_TOOL.contains(p.meta().id())) {
                rules.add(new ActiveRule(p.create(RuleOptions.none(p.meta().id()), env), p.meta().severity()));
            }
        }
        linter = new Linter(registry, new Notices());
    }

    @Benchmark
    public List<Diagnostic> check() {
        return linter.lint(document, rules);
    }
}
