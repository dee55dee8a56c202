package dev.copydesk.report;

import java.util.List;

/** Everything a reporter prints: the tool version and one {@link FileReport} per file, in path order. */
public record Report(String toolVersion, List<FileReport> files) {

    public Report {
        files = List.copyOf(files);
    }

    public Summary summary() {
        return Summary.of(files);
    }
}
