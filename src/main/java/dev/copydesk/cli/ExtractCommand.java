package dev.copydesk.cli;

import dev.copydesk.engine.DocumentReader;
import dev.copydesk.engine.FileFinder;
import dev.copydesk.engine.InputFile;
import dev.copydesk.engine.Timings;
import dev.copydesk.extract.Extraction;
import dev.copydesk.extract.ExtractionWriter;
import dev.copydesk.io.AtomicFile;
import dev.copydesk.io.Sizes;
import dev.copydesk.parse.Parsers;
import dev.copydesk.report.FileReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code copydesk extract}: shows what Copydesk reads in each file, so a user can see why a finding fired. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Show what Copydesk reads in each file: the title, the article's blocks, every related-links "
                + "region and the page furniture set aside, with their positions.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was read",
            "2:usage or input error (the other files are still read)"})
public final class ExtractCommand implements Callable<Integer> {

    /** Values of {@code --format}. */
    enum OutputFormat { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    CopydeskCommand parent;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or folders to read; - reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Parse every input as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, by extension "
                    + "or content).")
    Inputs.InputFormat inputFormat;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The name of the file read from standard input, used to pick its format.")
    String stdinFilename;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "10M",
            description = "Refuse files larger than SIZE; 0 for no limit (default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        long sizeLimit = Inputs.sizeLimit(spec, maxFileSize);
        List<String> fileArgs = paths.stream().filter(p -> !p.equals("-")).toList();
        FileFinder.Result found = new FileFinder(List.of(), List.of()).find(fileArgs);
        List<ExtractionWriter.Entry> entries = new ArrayList<>();
        for (FileReport failure : found.failures()) {
            entries.add(ExtractionWriter.Entry.failed(failure.path(), failure.error().orElse("could not be read")));
        }
        List<InputFile> inputs = new ArrayList<>(found.files());
        if (paths.contains("-")) {
            String name = stdinFilename != null ? stdinFilename : "<stdin>";
            inputs.add(InputFile.stdin(name, Inputs.readStdin(parent.stdin(), sizeLimit)));
        }
        DocumentReader reader = new DocumentReader(Parsers.all(), inputFormat.forced());
        for (InputFile input : inputs) {
            entries.add(extract(input, reader, sizeLimit));
        }
        entries.sort(Comparator.comparing(ExtractionWriter.Entry::path));
        boolean failed = false;
        for (ExtractionWriter.Entry e : entries) {
            if (e.error().isPresent()) {
                err.println("copydesk: " + e.path() + ": " + e.error().get());
                failed = true;
            }
        }
        if (output != null) {
            AtomicFile.write(output, w -> write(entries, w));
        } else {
            write(entries, spec.commandLine().getOut());
        }
        return failed ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
    }

    private void write(List<ExtractionWriter.Entry> entries, Writer out) throws IOException {
        if (format == OutputFormat.json) {
            ExtractionWriter.json(entries, out);
        } else {
            ExtractionWriter.text(entries, out);
        }
    }

    private static ExtractionWriter.Entry extract(InputFile input, DocumentReader reader, long sizeLimit) {
        long size = DocumentReader.size(input);
        if (sizeLimit > 0 && size > sizeLimit) {
            return ExtractionWriter.Entry.failed(input.displayPath(), "too large to read (" + Sizes.format(size)
                    + ", the limit is " + Sizes.format(sizeLimit) + "; raise it with --max-file-size)");
        }
        DocumentReader.Result read = reader.read(input, Timings.disabled());
        if (read instanceof DocumentReader.Result.Failed failed) {
            return ExtractionWriter.Entry.failed(input.displayPath(), failed.message());
        }
        return ExtractionWriter.Entry.of(Extraction.of(((DocumentReader.Result.Parsed) read).document()));
    }
}
