import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * LanguageTool on its own, for comparison: checks every paragraph (blocks separated by blank lines) of the text files
 * in a folder with LanguageTool's default rules for en-US, one JLanguageTool per thread sharing one Language, the
 * way Copydesk runs it but without parsing, mapping or caching. Prints the wall time including start-up.
 *
 * <p>Usage: {@code java -cp target/copydesk.jar bench/LanguageToolAlone.java FOLDER [THREADS]}
 */
public class LanguageToolAlone {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Language language = Languages.getLanguageForShortCode("en-US");
        ThreadLocal<JLanguageTool> tools = ThreadLocal.withInitial(() -> new JLanguageTool(language));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        for (Path f : files) {
            results.add(pool.submit(() -> {
                long chars = 0;
                long matches = 0;
                for (String paragraph : Files.readString(f).split("\\n\\s*\\n")) {
                    String p = paragraph.strip();
                    if (!p.isEmpty()) {
                        chars += p.length();
                        matches += tools.get().check(p).size();
                    }
                }
                return new long[] {chars, matches};
            }));
        }
        long chars = 0;
        long matches = 0;
        for (Future<long[]> r : results) {
            chars += r.get()[0];
            matches += r.get()[1];
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d files, %d characters, %d matches, %.2f s, %d threads%n", files.size(), chars, matches,
                seconds, threads);
    }
}
