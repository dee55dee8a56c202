package dev.copydesk.report;

import dev.copydesk.rule.RuleMeta;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a reporter prints: the tool version, one {@link FileReport} per file in path order, and the metadata
 * of the rules the run knew (id order), so that formats such as SARIF can describe every rule without looking the
 * registry up themselves. A rule that a finding names may be missing from {@code rules} (for example in a report
 * read back from JSON): reporters then fall back to what the finding itself carries.
 */
public record Report(String toolVersion, List<FileReport> files, List<RuleMeta> rules) {

    public Report {
        files = List.copyOf(files);
        rules = rules.stream().sorted(Comparator.comparing(RuleMeta::id)).toList();
    }

    /** A report without rule metadata. */
    public Report(String toolVersion, List<FileReport> files) {
        this(toolVersion, files, List.of());
    }

    public Summary summary() {
        return Summary.of(files);
    }

    /** The metadata of a rule, if the report carries it. */
    public Optional<RuleMeta> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The same report with other files (rules and version kept). */
    public Report withFiles(List<FileReport> newFiles) {
        return new Report(toolVersion, newFiles, rules);
    }
}
