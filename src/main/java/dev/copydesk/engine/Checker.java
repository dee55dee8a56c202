package dev.copydesk.engine;

import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Document;
import dev.copydesk.document.Format;
import dev.copydesk.parse.Parser;
import dev.copydesk.report.Diagnostic;
import dev.copydesk.report.FileReport;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.source.InputException;
import dev.copydesk.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks files: for each, find its config, read and decode it, parse it in its format, run its rules. Files are
 * checked in parallel, one task per file; reports come back in the order the files were given. A file that cannot
 * be read, decoded or configured gets a failed report and the others are still checked.
 */
public final class Checker {

    private final Map<Format, Parser> parsers;
    private final Optional<Format> forcedFormat;
    private final ConfigResolver configs;
    private final RuleSets ruleSets;
    private final Linter linter;
    private final Notices notices;
    private final int jobs;
    private final Timings timings;

    public Checker(Map<Format, Parser> parsers, Optional<Format> forcedFormat, ConfigResolver configs,
            RuleSets ruleSets, Linter linter, Notices notices, int jobs) {
        this(parsers, forcedFormat, configs, ruleSets, linter, notices, jobs, Timings.disabled());
    }

    public Checker(Map<Format, Parser> parsers, Optional<Format> forcedFormat, ConfigResolver configs,
            RuleSets ruleSets, Linter linter, Notices notices, int jobs, Timings timings) {
        this.timings = timings;
        this.parsers = Map.copyOf(parsers);
        this.forcedFormat = forcedFormat;
        this.configs = configs;
        this.ruleSets = ruleSets;
        this.linter = linter;
        this.notices = notices;
        this.jobs = Math.max(1, jobs);
    }

    /** Reports for the files, in the same order; files a config excludes are left out. */
    public List<FileReport> check(List<InputFile> files) {
        if (jobs == 1 || files.size() < 2) {
            List<FileReport> out = new ArrayList<>(files.size());
            for (InputFile f : files) {
                checkOne(f).ifPresent(out::add);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, files.size()), r -> {
            Thread t = new Thread(r, "copydesk-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Optional<FileReport>>> futures = new ArrayList<>(files.size());
            for (InputFile f : files) {
                futures.add(pool.submit(() -> checkOne(f)));
            }
            List<FileReport> out = new ArrayList<>(files.size());
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get().ifPresent(out::add);
                } catch (ExecutionException e) {
                    out.add(FileReport.failed(files.get(i).displayPath(), "internal error: " + e.getCause()));
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Checks one file; empty if its config excludes it. */
    public Optional<FileReport> checkOne(InputFile file) {
        String display = file.displayPath();
        Path location = file.path().orElse(Path.of(display));
        ConfigResolver.Resolved resolved = configs.forFile(location);
        if (resolved.error().isPresent()) {
            InputException e = resolved.error().get();
            notices.error(e.oneLine());
            return Optional.of(FileReport.failed(display, "not checked: " + e.path() + " has errors"));
        }
        Config config = resolved.config().orElseThrow();
        if (!RuleSets.selects(config, location)) {
            return Optional.empty();
        }
        List<ActiveRule> rules;
        RuleRegistry known;
        try {
            rules = ruleSets.forFile(config, location);
            known = ruleSets.registry(config);
        } catch (ConfigException e) {
            notices.error(e.oneLine());
            return Optional.of(FileReport.failed(display, "not checked: " + e.path() + " has errors"));
        }
        SourceFile source;
        long start = timings.start();
        try {
            source = file.content().isPresent() ? SourceFile.decode(display, file.content().get())
                    : SourceFile.read(file.path().orElseThrow(), display);
        } catch (InputException e) {
            return Optional.of(FileReport.failed(display, e.getMessage()));
        } finally {
            timings.add("read and decode", start);
        }
        Format format = forcedFormat.orElseGet(() -> FormatDetector.detect(display, source.text()));
        Document document;
        start = timings.start();
        try {
            document = parsers.get(format).parse(source);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of(FileReport.failed(display, "could not be parsed as " + format.id()
                    + " (internal error: " + e.getClass().getSimpleName() + ")"));
        } finally {
            timings.add("parse " + format.id(), start);
        }
        List<Diagnostic> findings = linter.lint(document, rules, known);
        return Optional.of(new FileReport(display, Optional.of(format.id()), Optional.empty(), findings));
    }
}
