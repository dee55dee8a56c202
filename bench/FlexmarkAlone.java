import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.copydesk.parse.markdown.Flexmark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * flexmark on its own, for comparison: reads and parses every {@code .md} file under a folder with the parser Copydesk
 * configures ({@code Flexmark.parser()}), one task per file on a pool of threads, and nothing else: no mapping to the
 * document model, no rules. Prints the time from the start of {@code main}, to compare with the "wall time after
 * start-up" of {@code copydesk check --timings} on the same folder.
 *
 * <p>Usage: {@code java -cp target/copydesk.jar bench/FlexmarkAlone.java FOLDER [THREADS]}
 */
public class FlexmarkAlone {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Parser parser = Flexmark.parser();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> done = new ArrayList<>();
        for (Path f : files) {
            done.add(pool.submit(() -> {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int n = 0;
                for (Node b = parser.parse(BasedSequence.of(text)).getFirstChild(); b != null; b = b.getNext()) {
                    n++;
                }
                return n;
            }));
        }
        long blocks = 0;
        for (Future<Integer> d : done) {
            blocks += d.get();
        }
        pool.shutdown();
        System.out.printf("%d files, %d top-level blocks, %.2f s after start-up%n", files.size(), blocks,
                (System.nanoTime() - start) / 1e9);
    }
}
