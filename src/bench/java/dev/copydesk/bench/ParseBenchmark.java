package dev.copydesk.bench;

import dev.copydesk.document.Document;
import dev.copydesk.document.Format;
import dev.copydesk.parse.Parser;
import dev.copydesk.parse.Parsers;
import dev.copydesk.source.SourceFile;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Parsing one article into the document model, per format (time per article; bench/run.sh turns it into MB/s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {

    @Param({"MARKDOWN", "HTML", "TEXT"})
    public Format format;

    private Parser parser;
    private String text;

    @Setup
    public void setUp() throws IOException {
        parser = Parsers.all().get(format);
        text = Articles.text(format);
    }

    @Benchmark
    public Document parse() {
        return parser.parse(new SourceFile(Articles.fileName(format), text));
    }
}
