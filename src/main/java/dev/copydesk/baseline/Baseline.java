package dev.copydesk.baseline;

import dev.copydesk.report.Diagnostic;
import dev.copydesk.report.FileReport;
import dev.copydesk.report.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The findings a site has accepted for now, so that CI fails only on new ones. A finding is known by its file, its
 * rule and its text (the excerpt), never by its line, so edits elsewhere in the file do not make old findings look
 * new. The same finding can occur several times in a file: the baseline counts them, and a run reports as new only
 * those beyond the count (the last ones in the file).
 */
public final class Baseline {

    /** What identifies a finding across edits. */
    public record Key(String file, String rule, String excerpt) implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            int c = file.compareTo(o.file);
            if (c == 0) {
                c = rule.compareTo(o.rule);
            }
            return c == 0 ? excerpt.compareTo(o.excerpt) : c;
        }
    }

    /** A run's report with the known findings taken out, and what was taken out. */
    public record Applied(Report report, int known, int gone) {
    }

    private final Map<Key, Integer> counts;

    public Baseline(Map<Key, Integer> counts) {
        Map<Key, Integer> m = new TreeMap<>();
        counts.forEach((k, n) -> {
            if (n < 1) {
                throw new IllegalArgumentException("count must be positive: " + k);
            }
            m.merge(k, n, Integer::sum);
        });
        this.counts = Collections.unmodifiableMap(m);
    }

    /** Every finding of a report (files that could not be checked have none). */
    public static Baseline of(Report report) {
        Map<Key, Integer> m = new HashMap<>();
        for (FileReport f : report.files()) {
            for (Diagnostic d : f.findings()) {
                m.merge(key(f.path(), d), 1, Integer::sum);
            }
        }
        return new Baseline(m);
    }

    /** The counts, in key order. */
    public Map<Key, Integer> counts() {
        return counts;
    }

    /** The number of findings recorded. */
    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The report without the findings this baseline knows. {@code gone} counts recorded findings of the files in
     * the report that no longer occur (files not in this run are not counted: they were not checked).
     */
    public Applied apply(Report report) {
        Map<Key, Integer> left = new HashMap<>(counts);
        Set<String> checked = new HashSet<>();
        List<FileReport> files = new ArrayList<>(report.files().size());
        int known = 0;
        for (FileReport f : report.files()) {
            checked.add(normalize(f.path()));
            List<Diagnostic> fresh = new ArrayList<>();
            for (Diagnostic d : f.findings()) {
                Key k = key(f.path(), d);
                Integer n = left.get(k);
                if (n != null && n > 0) {
                    left.put(k, n - 1);
                    known++;
                } else {
                    fresh.add(d);
                }
            }
            files.add(fresh.size() == f.findings().size() ? f
                    : new FileReport(f.path(), f.format(), f.error(), fresh));
        }
        int gone = 0;
        for (Map.Entry<Key, Integer> e : left.entrySet()) {
            if (checked.contains(e.getKey().file())) {
                gone += e.getValue();
            }
        }
        return new Applied(report.withFiles(files), known, gone);
    }

    static Key key(String path, Diagnostic d) {
        return new Key(normalize(path), d.rule(), d.excerpt());
    }

    /** Paths are compared with forward slashes and without a leading {@code ./}. */
    static String normalize(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Baseline b && b.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }
}
