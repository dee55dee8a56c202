package dev.copydesk.engine;

import dev.copydesk.config.Config;
import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Document;
import dev.copydesk.document.Format;
import dev.copydesk.io.Sizes;
import dev.copydesk.parse.Parser;
import dev.copydesk.report.Diagnostic;
import dev.copydesk.report.FileReport;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.source.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Checks files: for each, find its config, read and decode it, parse it in its format, run its rules. Files are
 * checked in parallel, one task per file; reports come back in the order the files were given. A file that cannot
 * be read, decoded or configured gets a failed report and the others are still checked.
 *
 * <p>Memory is bounded: a document is dropped as soon as its report is made, a file larger than the size limit is
 * refused before it is read, and files are only checked at the same time while their sizes together fit the heap's
 * budget ({@link #BYTES_PER_INPUT_BYTE} bytes of heap per byte of input), so a few large files are checked one after
 * another rather than side by side. A file that still runs out of memory gets a failed report.
 */
public final class Checker {

    /** Files above this size are refused by default (10 MiB: far above any article, below a data dump). */
    public static final long DEFAULT_MAX_FILE_SIZE = 10L << 20;

    /**
     * Heap needed per byte of input while a file is checked, with room to spare: its text, its parsed document (about
     * ten bytes per character, as every prose character keeps its source range), and the parser's garbage.
     */
    static final int BYTES_PER_INPUT_BYTE = 32;

    /** Told about each file when it is done (checked, failed or excluded), from the thread that checked it. */
    @FunctionalInterface
    public interface Listener {
        /** {@code path} is done with {@code findings} findings. */
        void fileDone(String path, int findings);

        Listener NONE = (path, findings) -> { };
    }

    private final DocumentReader reader;
    private final ConfigResolver configs;
    private final RuleSets ruleSets;
    private final Linter linter;
    private final Notices notices;
    private final int jobs;
    private final long maxFileSize;
    private final Listener listener;
    /** The heap budget for files being checked, in KiB of input. */
    private final int budgetKib;
    private final Semaphore budget;
    private final Timings timings;

    public Checker(Map<Format, Parser> parsers, Optional<Format> forcedFormat, ConfigResolver configs,
            RuleSets ruleSets, Linter linter, Notices notices, int jobs) {
        this(parsers, forcedFormat, configs, ruleSets, linter, notices, jobs, Timings.disabled());
    }

    public Checker(Map<Format, Parser> parsers, Optional<Format> forcedFormat, ConfigResolver configs,
            RuleSets ruleSets, Linter linter, Notices notices, int jobs, Timings timings) {
        this(parsers, forcedFormat, configs, ruleSets, linter, notices, jobs, DEFAULT_MAX_FILE_SIZE, Listener.NONE,
                timings);
    }

    /**
     * A checker that refuses files larger than {@code maxFileSize} bytes ({@code 0} for no limit), tells
     * {@code listener} about every file checked and adds the time of each phase to {@code timings}.
     */
    public Checker(Map<Format, Parser> parsers, Optional<Format> forcedFormat, ConfigResolver configs,
            RuleSets ruleSets, Linter linter, Notices notices, int jobs, long maxFileSize, Listener listener,
            Timings timings) {
        this.timings = timings;
        this.reader = new DocumentReader(parsers, forcedFormat);
        this.configs = configs;
        this.ruleSets = ruleSets;
        this.linter = linter;
        this.notices = notices;
        this.jobs = Math.max(1, jobs);
        this.maxFileSize = maxFileSize;
        this.listener = listener;
        this.budgetKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
                Runtime.getRuntime().maxMemory() / BYTES_PER_INPUT_BYTE / 1024));
        this.budget = new Semaphore(budgetKib, true);
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
                    listener.fileDone(files.get(i).displayPath(), 0);
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
        Optional<FileReport> report = check(file);
        listener.fileDone(file.displayPath(), report.map(r -> r.findings().size()).orElse(0));
        return report;
    }

    private Optional<FileReport> check(InputFile file) {
        String display = file.displayPath();
        Path location = file.path().orElse(Path.of(display));
        ConfigResolver.Resolved resolved = configs.forFile(location);
        if (resolved.error().isPresent()) {
            InputException e = resolved.error().get();
            notices.error(e.oneLine());
            return Optional.of(FileReport.failed(display, "not checked: " + e.path() + " has errors"));
        }
        Config config = resolved.config().orElseThrow();
        if (!ruleSets.selects(config, location)) {
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
        long size = DocumentReader.size(file);
        if (maxFileSize > 0 && size > maxFileSize) {
            return Optional.of(FileReport.failed(display, "too large to check (" + Sizes.format(size)
                    + ", the limit is " + Sizes.format(maxFileSize) + "; raise it with --max-file-size)"));
        }
        int weight = (int) Math.min(budgetKib, Math.max(1, size / 1024));
        try {
            budget.acquire(weight);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(FileReport.failed(display, "not checked: interrupted"));
        }
        try {
            return Optional.of(lint(file, display, rules, known));
        } catch (OutOfMemoryError e) {
            return Optional.of(FileReport.failed(display, "ran out of memory (" + Sizes.format(size)
                    + "); give Java more memory (java -Xmx2g, or COPYDESK_JAVA_OPTS=-Xmx2g for bin/copydesk) or "
                    + "exclude the file"));
        } finally {
            budget.release(weight);
        }
    }

    private FileReport lint(InputFile file, String display, List<ActiveRule> rules, RuleRegistry known) {
        DocumentReader.Result read = reader.read(file, timings);
        if (read instanceof DocumentReader.Result.Failed failed) {
            return FileReport.failed(display, failed.message());
        }
        Document document = ((DocumentReader.Result.Parsed) read).document();
        List<Diagnostic> findings = linter.lint(document, rules, known);
        return new FileReport(display, Optional.of(document.format().id()), Optional.empty(), findings);
    }

}
