package dev.copydesk.cli;

import dev.copydesk.baseline.Baseline;
import dev.copydesk.config.ConfigException;
import dev.copydesk.config.GrammarSettings;
import dev.copydesk.config.Site;
import dev.copydesk.config.Vocabulary;
import dev.copydesk.document.Format;
import dev.copydesk.engine.Checker;
import dev.copydesk.engine.ConfigResolver;
import dev.copydesk.engine.FileFinder;
import dev.copydesk.engine.InputFile;
import dev.copydesk.engine.Linter;
import dev.copydesk.engine.Notices;
import dev.copydesk.engine.RuleCatalog;
import dev.copydesk.engine.RuleSets;
import dev.copydesk.engine.Timings;
import dev.copydesk.io.AtomicFile;
import dev.copydesk.io.Sizes;
import dev.copydesk.parse.Parsers;
import dev.copydesk.report.Diagnostic;
import dev.copydesk.report.FileReport;
import dev.copydesk.report.Report;
import dev.copydesk.report.Reporter;
import dev.copydesk.report.Reporters;
import dev.copydesk.report.Summary;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.rule.Severity;
import dev.copydesk.rule.grammar.GrammarCache;
import dev.copydesk.rule.grammar.GrammarService;
import dev.copydesk.source.InputException;
import dev.copydesk.topic.TopicModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code copydesk check}: checks files and folders and reports findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check articles (files, folders, or - for standard input) and report findings.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on, and warnings within --max-warnings",
            "1:findings at or above --fail-on, or too many warnings",
            "2:usage, config, rule file or input error (other files are still checked)",
            "3:internal error (a bug)"})
public final class CheckCommand implements Callable<Integer> {

    /** Values of {@code --fail-on}. */
    enum FailOn { error, warning, info, none }

    /** Values of {@code --color}. */
    enum ColorMode { auto, always, never }

    /** Values of {@code --progress}. */
    enum ProgressMode { auto, always, never }

    @Spec
    CommandSpec spec;

    @ParentCommand
    CopydeskCommand parent;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to check (default: the current folder); - reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = FormatNames.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 on findings at or above LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Exit 1 if there are more than N warnings (default: no limit).")
    int maxWarnings;

    @Option(names = {"-q", "--quiet"}, description = "Report errors only.")
    boolean quiet;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ColorMode color;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Use this config file for every file, instead of the nearest .copydesk.yaml.")
    Path config;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Parse every input as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, by extension "
                    + "or content).")
    Inputs.InputFormat inputFormat;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Check only files matching GLOB when walking folders (repeatable; replaces the default "
                    + "extensions .md .markdown .html .htm .txt).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files and folders matching GLOB "
            + "(repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The name of the file read from standard input: used in reports, to pick its format "
                    + "and to find its config.")
    String stdinFilename;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date rules take as today (default: the clock), for reproducible runs.")
    LocalDate today;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "10M",
            description = "Refuse files larger than SIZE, such as 512K or 50M; 0 for no limit (default: "
                    + "${DEFAULT-VALUE}).")
    String maxFileSize;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Show files done and findings so far on standard error: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}, when it is a terminal).")
    ProgressMode progress;

    @Option(names = "--grammar", negatable = true, paramLabel = "",
            description = "Check grammar and spelling with LanguageTool (default: as .copydesk.yaml says, on unless "
                    + "grammar: off); --no-grammar skips it and never starts LanguageTool.")
    Boolean grammar;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = ".copydesk-cache",
            description = "Keep grammar results in DIR to reuse them on the next run (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--no-cache", description = "Neither read nor write the grammar cache.")
    boolean noCache;
    @Mixin
    RuleSources ruleSources;

    @Mixin
    BaselineOptions baselines = new BaselineOptions();

    @Option(names = "--timings", description = "Print where the time went (reading, parsing, each rule, the report) "
            + "on standard error.")
    boolean showTimings;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Check N files at once (default: the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** The names {@code --format} accepts, for help and completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Reporters.names().iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = Reporters.forName(format, new Reporters.Options(useColor())).orElseThrow(
                () -> new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format
                        + "' (expected one of " + String.join(", ", Reporters.names()) + ")"));
        if (paths.isEmpty()) {
            paths = List.of(".");
        }
        long sizeLimit = Inputs.sizeLimit(spec, maxFileSize);
        Optional<Baseline> known;
        try {
            known = baselines.load();
        } catch (InputException e) {
            err.println("copydesk: " + e.oneLine());
            return ExitCodes.INPUT_ERROR;
        }
        Notices notices = new Notices();
        TopicModels topics = new TopicModels();
        if (paths.stream().anyMatch(p -> !p.equals("-") && Files.isDirectory(Path.of(p)))) {
            topics.prefetch(); // a folder is a whole site's run: load the lexicons while the files are listed
        }
        // The files are listed while the rule packs load: on a site, each takes a good part of the start-up.
        List<String> fileArgs = paths.stream().filter(p -> !p.equals("-")).toList();
        FutureTask<FileFinder.Result> listing = new FutureTask<>(() -> new FileFinder(include, exclude).find(fileArgs));
        Thread lister = new Thread(listing, "copydesk-files");
        lister.setDaemon(true);
        lister.start();
        RuleCatalog catalog;
        try {
            catalog = ruleSources.catalog();
        } catch (ConfigException e) {
            err.println("copydesk: error: " + e.oneLine());
            return ExitCodes.INPUT_ERROR;
        }
        RuleRegistry registry = catalog.base();
        FileFinder.Result found = listed(listing);
        List<InputFile> inputs = new ArrayList<>(found.files());
        List<FileReport> reports = new ArrayList<>(found.failures());
        if (paths.contains("-")) {
            String name = stdinFilename != null ? stdinFilename : "<stdin>";
            byte[] content = Inputs.readStdin(parent.stdin(), sizeLimit);
            if (sizeLimit > 0 && content.length > sizeLimit) {
                reports.add(FileReport.failed(name, "too large to check (more than " + Sizes.format(sizeLimit)
                        + "; raise the limit with --max-file-size)"));
            } else {
                inputs.add(InputFile.stdin(name, content));
            }
        }
        Progress shown = new Progress(err, showProgress(), inputs.size(), System::nanoTime);
        GrammarService.Mode mode = grammar == null ? GrammarService.Mode.CONFIG
                : grammar ? GrammarService.Mode.ON : GrammarService.Mode.OFF;
        Optional<GrammarCache> grammarCache = noCache || mode == GrammarService.Mode.OFF ? Optional.empty()
                : Optional.of(new GrammarCache(cache, GrammarCache.DEFAULT_MAX_BYTES, notices::warning));
        GrammarService grammarService = new GrammarService(mode, grammarCache, line -> {
            synchronized (shown) {
                shown.clear();
                err.println("copydesk: " + line);
                err.flush();
            }
        }, notices::warning);
        RuleEnvironment env = new RuleEnvironment(today != null ? today : LocalDate.now(), Site.NONE, topics,
                GrammarSettings.DEFAULT, Vocabulary.EMPTY, grammarService);
        Optional<Format> forced = inputFormat.forced();
        Timings timings = showTimings ? Timings.enabled() : Timings.disabled();
        long started = System.nanoTime();
        Checker checker = new Checker(Parsers.all(), forced,
                new ConfigResolver(Optional.ofNullable(config), Path.of("")),
                new RuleSets(catalog, env, notices), new Linter(registry, notices, timings), notices, jobs, sizeLimit,
                shown, timings);
        reports.addAll(checker.check(inputs));
        shown.clear();
        grammarService.close();
        reports.sort(Comparator.comparing(FileReport::path));
        Report report = new Report(Version.get(), reports, catalog.knownRules());

        for (String line : notices.errors()) {
            err.println("copydesk: error: " + line);
        }
        for (String line : notices.warnings()) {
            err.println("copydesk: warning: " + line);
        }
        for (FileReport f : report.files()) {
            f.error().ifPresent(e -> err.println("copydesk: " + f.path() + ": " + e));
        }
        report = baselines.apply(report, known, err);
        if (quiet) {
            report = report.withFiles(report.files().stream().map(CheckCommand::errorsOnly).toList());
        }
        long writing = timings.start();
        write(reporter, report);
        timings.add("write report", writing);
        if (showTimings) {
            printTimings(err, timings, System.nanoTime() - started);
        }
        return exitCode(report, notices);
    }

    /** The files the listing task found, once it is done; what it threw is thrown here. */
    private static FileFinder.Result listed(FutureTask<FileFinder.Result> listing) {
        try {
            return listing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private boolean showProgress() {
        return switch (progress) {
            case always -> true;
            case never -> false;
            case auto -> parent.errIsTerminal();
        };
    }

    private static void printTimings(PrintWriter err, Timings timings, long wallNanos) {
        List<Timings.Entry> entries = timings.entries();
        long total = entries.stream().mapToLong(Timings.Entry::nanos).sum();
        err.printf("%-32s %10s %7s%n", "phase (time summed over threads)", "ms", "share");
        for (Timings.Entry e : entries) {
            err.printf("%-32s %10.1f %6.1f%%%n", e.phase(), e.nanos() / 1e6, total == 0 ? 0 : 100.0 * e.nanos() / total);
        }
        err.printf("%-32s %10.1f%n", "wall time after start-up", wallNanos / 1e6);
    }

    private static FileReport errorsOnly(FileReport f) {
        List<Diagnostic> errors = f.findings().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        return new FileReport(f.path(), f.format(), f.error(), errors);
    }

    private void write(Reporter reporter, Report report) throws IOException {
        if (output != null) {
            AtomicFile.write(output, w -> reporter.write(report, w));
        } else {
            reporter.write(report, spec.commandLine().getOut());
        }
    }

    private boolean useColor() {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> output == null && System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }

    private int exitCode(Report report, Notices notices) {
        Summary s = report.summary();
        if (s.filesWithErrors() > 0 || !notices.errors().isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        boolean failed = switch (failOn) {
            case error -> s.errors() > 0;
            case warning -> s.errors() + s.warnings() > 0;
            case info -> s.findings() > 0;
            case none -> false;
        };
        if (maxWarnings >= 0 && s.warnings() > maxWarnings) {
            failed = true;
        }
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
