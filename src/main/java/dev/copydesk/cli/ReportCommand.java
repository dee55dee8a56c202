package dev.copydesk.cli;

import dev.copydesk.io.AtomicFile;
import dev.copydesk.report.Diagnostic;
import dev.copydesk.report.FileReport;
import dev.copydesk.report.JsonReportReader;
import dev.copydesk.report.OverviewJsonReporter;
import dev.copydesk.report.OverviewTextReporter;
import dev.copydesk.report.Report;
import dev.copydesk.report.Reporter;
import dev.copydesk.report.html.HtmlReporter;
import dev.copydesk.rule.RuleMeta;
import dev.copydesk.rule.RuleRegistry;
import dev.copydesk.rule.builtin.BuiltinRules;
import dev.copydesk.source.InputException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk report}: merges JSON reports of one or more runs into one HTML page for content managers, or
 * prints their summary (findings per rule and severity, worst files) as text or JSON for scripts.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Merge JSON reports (written by check --format json) into one self-contained HTML page, or "
                + "print their summary as text or JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the report was written",
            "2:usage error, or a report that cannot be read or is not a Copydesk JSON report",
            "3:internal error (a bug)"})
public final class ReportCommand implements Callable<Integer> {

    /** Values of {@code --format}. */
    enum Format { html, text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    CopydeskCommand parent;

    @Parameters(paramLabel = "REPORT", arity = "1..*",
            description = "JSON reports to merge; - reads one from standard input. A file named in several reports "
                    + "is taken from the last.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "html",
            description = "html (the page), text or json (the summary): ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = HtmlReporter.DEFAULT_TITLE,
            description = "The page's title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many of the worst files the text and json summaries list (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Report> reports = new ArrayList<>();
        boolean failed = false;
        for (String input : inputs) {
            try {
                reports.add(read(input));
            } catch (InputException e) {
                err.println("copydesk: " + e.oneLine());
                failed = true;
            }
        }
        if (failed) {
            return ExitCodes.INPUT_ERROR;
        }
        Report merged = merge(reports, err);
        Reporter reporter = switch (format) {
            case html -> new HtmlReporter(title);
            case text -> new OverviewTextReporter(top);
            case json -> new OverviewJsonReporter(top);
        };
        if (output != null) {
            AtomicFile.write(output, w -> reporter.write(merged, w));
        } else {
            reporter.write(merged, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    private Report read(String input) throws InputException {
        if (input.equals("-")) {
            return JsonReportReader.read("<stdin>", new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8));
        }
        try (Reader in = Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            return JsonReportReader.read(input, in);
        } catch (NoSuchFileException e) {
            throw new InputException(input, "no such file");
        } catch (IOException e) {
            throw new InputException(input, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** One report of every file (the last report naming a file wins), with the metadata of the rules named. */
    private Report merge(List<Report> reports, PrintWriter err) {
        Map<String, FileReport> files = new TreeMap<>();
        Map<String, String> source = new TreeMap<>();
        Set<String> versions = new LinkedHashSet<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            versions.add(r.toolVersion());
            for (FileReport f : r.files()) {
                String previous = source.put(f.path(), inputs.get(i));
                if (previous != null) {
                    err.println("copydesk: warning: " + f.path() + " is in " + previous + " and " + inputs.get(i)
                            + "; the findings of " + inputs.get(i) + " are used");
                }
                files.put(f.path(), f);
            }
        }
        RuleRegistry registry = BuiltinRules.registry();
        List<RuleMeta> rules = new ArrayList<>();
        files.values().stream().flatMap(f -> f.findings().stream()).map(Diagnostic::rule).distinct().sorted()
                .forEach(id -> registry.get(id).ifPresent(p -> rules.add(p.meta())));
        return new Report(String.join(", ", versions), List.copyOf(files.values()), rules);
    }
}
