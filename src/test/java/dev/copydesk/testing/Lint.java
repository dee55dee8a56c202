package dev.copydesk.testing;

import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigLoader;
import dev.copydesk.config.RuleSetting;
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
import dev.copydesk.rule.grammar.GrammarService;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs rules over a text or file the way the engine does, with a fixed date, for tests. Grammar checking is on, with
 * one LanguageTool setup shared by every test in the run (and no disk cache), since starting LanguageTool takes
 * seconds. A file is checked under the {@code .copydesk.yaml} of its own folder, if it has one.
 */
public final class Lint {

    /** The date tests run at, so that stale-year results do not change with the clock. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /** The grammar checking shared by the tests of a run. */
    public static final GrammarService GRAMMAR = new GrammarService(GrammarService.Mode.CONFIG, Optional.empty(),
            line -> { }, line -> { });

    private Lint() {
    }

    /** Parses {@code text} (format by the name's extension) and runs the given rules with default options. */
    public static List<Diagnostic> run(String name, String text, String... ruleIds) {
        return lint(new SourceFile(name, text), Optional.empty(), ruleIds);
    }

    /** Parses {@code text} and runs the given rules under a config given as YAML. */
    public static List<Diagnostic> runWithConfig(String configYaml, String name, String text, String... ruleIds) {
        try {
            Config config = ConfigLoader.parse(configYaml, ".copydesk.yaml", null, Path.of("").toAbsolutePath());
            return lint(new SourceFile(name, text), Optional.of(config), ruleIds);
        } catch (InputException e) {
            throw new IllegalStateException(e.oneLine(), e);
        }
    }

    /** Reads, decodes and parses a file and runs the given rules with default options. */
    public static List<Diagnostic> run(Path file, String... ruleIds) {
        try {
            Path cfg = file.resolveSibling(Config.FILE_NAME);
            Optional<Config> config = Files.isRegularFile(cfg) ? Optional.of(ConfigLoader.load(cfg, cfg.toString()))
                    : Optional.empty();
            return lint(SourceFile.decode(file.toString(), Files.readAllBytes(file)), config, ruleIds);
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

    private static List<Diagnostic> lint(SourceFile source, Optional<Config> config, String... ruleIds) {
        RuleRegistry registry = BuiltinRules.registry();
        RuleEnvironment env = new RuleEnvironment(TODAY, GRAMMAR);
        if (config.isPresent()) {
            env = env.forConfig(config.get());
        }
        List<ActiveRule> rules = new ArrayList<>();
        try {
            for (String id : ruleIds) {
                RuleProvider p = registry.get(id).orElseThrow(() -> new IllegalArgumentException("no rule " + id));
                RuleSetting s = config.map(c -> c.rules().get(id)).orElse(null);
                RuleOptions options = s == null ? RuleOptions.none(id) : new RuleOptions(id, s.options());
                rules.add(new ActiveRule(p.create(options, env), p.meta().severity()));
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
