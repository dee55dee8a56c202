package dev.copydesk.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Report} in one output format. Reporters format; they never analyse. */
public interface Reporter {

    void write(Report report, Writer out) throws IOException;
}
