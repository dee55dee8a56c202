package dev.copydesk.cli;

import dev.copydesk.baseline.Baseline;
import dev.copydesk.baseline.BaselineFile;
import dev.copydesk.report.Report;
import dev.copydesk.source.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --write-baseline FILE} records today's findings; {@code --baseline FILE} reports (and fails on) only the
 * findings that are not in it. With both, the new baseline is written and then applied.
 */
final class BaselineOptions {

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not in this baseline (see --write-baseline); exit codes "
                    + "count only those.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record every finding of this run in FILE (atomically) as accepted; the run then "
                    + "reports none of them.")
    Path writeBaseline;

    /**
     * Reads the baseline to apply, if {@code --baseline} is given without {@code --write-baseline} (which replaces
     * it), before any file is checked.
     *
     * @throws InputException if the file cannot be read or is not a baseline
     */
    Optional<Baseline> load() throws InputException {
        return baseline != null && writeBaseline == null ? Optional.of(BaselineFile.read(baseline)) : Optional.empty();
    }

    /**
     * Writes the new baseline if asked, takes the known findings out of the report, and says on {@code err} what it
     * did; returns the report to print.
     */
    Report apply(Report report, Optional<Baseline> loaded, PrintWriter err) throws IOException {
        if (writeBaseline != null) {
            Baseline written = Baseline.of(report);
            BaselineFile.write(writeBaseline, written);
            err.println("copydesk: wrote " + writeBaseline + " (" + plural(written.size(), "finding") + ")");
            return written.apply(report).report();
        }
        if (loaded.isEmpty()) {
            return report;
        }
        Baseline.Applied applied = loaded.get().apply(report);
        if (applied.known() > 0) {
            err.println("copydesk: " + baseline + ": " + plural(applied.known(), "known finding") + " not reported");
        }
        if (applied.gone() > 0) {
            err.println("copydesk: " + baseline + ": " + plural(applied.gone(), "finding")
                    + " in the baseline no longer found (run with --write-baseline to drop them)");
        }
        return applied.report();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
