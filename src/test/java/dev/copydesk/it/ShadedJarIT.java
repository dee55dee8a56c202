package dev.copydesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded jar as a user would, to prove that it holds everything it needs: the jar keeps only part of
 * Lucene (for stemming), LanguageTool needs its merged language-module list, and the topic lexicons, rule docs and
 * vocabulary files are resources.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of("target/copydesk.jar");

    @Test
    void offTopicLinkRunsFromTheJar() throws Exception {
        Result r = run("check", "--no-grammar", "--format", "json", "samples/ketamine-therapy.html");
        assertThat(r.exit).as(r.err).isEqualTo(1);
        assertThat(r.out).contains("\"rule\": \"off-topic-link\"")
                .contains("Related link \\\"When to Apply Scotts Weed and Feed\\\" is about lawn and garden care");
    }

    @Test
    void cleanSamplesStaySilent() throws Exception {
        Result r = run("check", "--no-cache", "samples/clean/lawn-care-calendar.txt",
                "samples/clean/council-budget-vote.html", "samples/clean/sourdough-loaf.md");
        assertThat(r.out).doesNotContain("off-topic-link").doesNotContain("[grammar]").doesNotContain("[spelling]");
        // LanguageTool starts from the jar; when that takes more than a second the run says so, and nothing else.
        assertThat(r.err.lines().filter(l -> !l.startsWith("copydesk: starting LanguageTool"))).isEmpty();
    }

    @Test
    void grammarAndSpellingRunFromTheJar() throws Exception {
        Result r = run("check", "--no-cache", "--format", "json", "samples/health-newsletter.html");
        assertThat(r.out).contains("\"rule\": \"spelling\"").contains("\"languageToolRule\": \"MORFOLOGIK_RULE_EN_US\"")
                .contains("Possible spelling mistake: \\\"summarised\\\".");
    }

    @Test
    void explainShowsTheRule() throws Exception {
        Result r = run("explain", "off-topic-link");
        assertThat(r.exit).isZero();
        assertThat(r.out).startsWith("# off-topic-link");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("copydesk-it", ".out");
        Path err = Files.createTempFile("copydesk-it", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int exit = p.waitFor();
            return new Result(exit, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
