package dev.copydesk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts a summary shows: totals, findings per rule (most first) and the worst files (most errors, then
 * warnings, then infos).
 */
public record Overview(Summary summary, List<Row> rules, List<Row> worstFiles) {

    /** Counts of one rule or file by severity. */
    public record Row(String key, int errors, int warnings, int infos) {

        public int total() {
            return errors + warnings + infos;
        }
    }

    private static final Comparator<Row> WORST_FIRST = Comparator.comparingInt(Row::errors).reversed()
            .thenComparing(Comparator.comparingInt(Row::warnings).reversed())
            .thenComparing(Comparator.comparingInt(Row::infos).reversed())
            .thenComparing(Row::key);

    private static final Comparator<Row> MOST_FIRST = Comparator.comparingInt(Row::total).reversed()
            .thenComparing(WORST_FIRST);

    /** The overview of a report, with at most {@code topFiles} worst files. */
    public static Overview of(Report report, int topFiles) {
        Map<String, int[]> byRule = new LinkedHashMap<>();
        List<Row> files = new ArrayList<>();
        for (FileReport f : report.files()) {
            int[] own = new int[3];
            for (Diagnostic d : f.findings()) {
                int s = d.severity().ordinal();
                own[s]++;
                byRule.computeIfAbsent(d.rule(), k -> new int[3])[s]++;
            }
            if (!f.findings().isEmpty()) {
                files.add(row(f.path(), own));
            }
        }
        List<Row> rules = new ArrayList<>();
        byRule.forEach((id, c) -> rules.add(row(id, c)));
        rules.sort(MOST_FIRST);
        files.sort(WORST_FIRST);
        return new Overview(report.summary(), List.copyOf(rules),
                List.copyOf(files.subList(0, Math.min(Math.max(0, topFiles), files.size()))));
    }

    private static Row row(String key, int[] counts) {
        return new Row(key, counts[0], counts[1], counts[2]);
    }
}
