package dev.copydesk.report;

import java.util.List;

/** Counts over a whole report. */
public record Summary(int files, int filesWithFindings, int filesWithErrors, int errors, int warnings, int infos) {

    public static Summary of(List<FileReport> files) {
        int withFindings = 0;
        int failed = 0;
        int e = 0;
        int w = 0;
        int i = 0;
        for (FileReport f : files) {
            if (!f.findings().isEmpty()) {
                withFindings++;
            }
            if (f.error().isPresent()) {
                failed++;
            }
            for (Diagnostic d : f.findings()) {
                switch (d.severity()) {
                    case ERROR -> e++;
                    case WARNING -> w++;
                    case INFO -> i++;
                }
            }
        }
        return new Summary(files.size(), withFindings, failed, e, w, i);
    }

    public int findings() {
        return errors + warnings + infos;
    }
}
