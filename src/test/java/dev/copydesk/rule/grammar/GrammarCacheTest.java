package dev.copydesk.rule.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.GrammarSettings;
import dev.copydesk.config.Vocabulary;
import dev.copydesk.document.Document;
import dev.copydesk.source.SourceFile;
import dev.copydesk.testing.Lint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results cache: reuse, re-checking what changed, damaged entries, other settings, size and concurrency. */
class GrammarCacheTest {

    private static final String ARTICLE = """
            Garden notes

            It was a honest mistake to plant the beans so early.

            We will recieve the seeds on Monday and sow them at once.

            The weather is definately better today than yesterday.
            """;

    @TempDir
    Path dir;

    /** One run: a new service over the cache folder, as a new process would have. */
    private final class Run {
        final List<String> warnings = new ArrayList<>();
        final GrammarService service;

        Run(long maxBytes) {
            service = new GrammarService(GrammarService.Mode.ON, Optional.of(new GrammarCache(dir, maxBytes,
                    warnings::add)), line -> { }, warnings::add);
        }

        Run() {
            this(GrammarCache.DEFAULT_MAX_BYTES);
        }

        List<String> check(String name, String text, GrammarSettings settings) {
            Document d = Lint.parse(new SourceFile(name, text));
            List<String> out = new ArrayList<>();
            for (GrammarEngine.Checked c : service.engine(settings, Vocabulary.EMPTY).orElseThrow().check(d)) {
                for (GrammarMatch m : c.matches()) {
                    out.add(m.rule() + "@" + c.segment().prose().sourceSpan(m.from(), m.to()).start() + " "
                            + m.message() + " " + m.replacements());
                }
            }
            return out;
        }

        List<String> check(String name, String text) {
            return check(name, text, GrammarSettings.DEFAULT);
        }

        void close() {
            service.close();
        }
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aWarmRunReturnsTheColdFindingsWithoutLanguageTool() {
        Run cold = new Run();
        List<String> first = cold.check("a.txt", ARTICLE);
        cold.close();
        assertThat(first).hasSize(3);
        assertThat(cold.service.segmentsChecked()).isEqualTo(4);

        Run warm = new Run();
        assertThat(warm.check("a.txt", ARTICLE)).isEqualTo(first);
        assertThat(warm.service.segmentsChecked()).isZero();
        assertThat(warm.service.segmentsReused()).isEqualTo(4);
        assertThat(warm.warnings).isEmpty();
    }

    @Test
    void aChangedParagraphIsCheckedAgainAndOnlyIt() {
        Run cold = new Run();
        cold.check("a.txt", ARTICLE);
        String edited = ARTICLE.replace("recieve", "receive");
        Run warm = new Run();
        List<String> findings = warm.check("a.txt", edited);
        assertThat(warm.service.segmentsChecked()).isEqualTo(1);
        assertThat(warm.service.segmentsReused()).isEqualTo(3);
        assertThat(findings).extracting(f -> f.split(" ")[0]).containsExactly("EN_A_VS_AN@" + edited.indexOf("a honest"),
                "MORFOLOGIK_RULE_EN_US@" + edited.indexOf("definately"));
        Run again = new Run();
        assertThat(again.check("a.txt", edited)).isEqualTo(findings);
        assertThat(again.service.segmentsChecked()).isZero();
    }

    @Test
    void aDamagedEntryIsIgnoredAndRebuilt() throws IOException {
        Run cold = new Run();
        List<String> first = cold.check("a.txt", ARTICLE);
        Path entry = entries().get(0);
        for (String damage : List.of("{\"format\":1,\"segm", "", "\u0000\u0001garbage", "[1,2,3]",
                Files.readString(entry).replace("\"from\":", "\"from\":-").replace("\"to\":", "\"to\":9"))) {
            Files.writeString(entry, damage, StandardCharsets.UTF_8);
            Run warm = new Run();
            assertThat(warm.check("a.txt", ARTICLE)).as("after damage %s", damage).isEqualTo(first);
            assertThat(warm.warnings).isEmpty();
            Run rebuilt = new Run();
            assertThat(rebuilt.check("a.txt", ARTICLE)).isEqualTo(first);
            assertThat(rebuilt.service.segmentsChecked()).as("rebuilt after %s", damage).isZero();
        }
    }

    @Test
    void otherSettingsNeverGetTheseResults() {
        String text = "The colour of the centre was a honest surprise.\n";
        Run us = new Run();
        List<String> american = us.check("a.txt", text);
        assertThat(american).extracting(f -> f.split("@")[0]).containsExactly("MORFOLOGIK_RULE_EN_US",
                "MORFOLOGIK_RULE_EN_US", "EN_A_VS_AN");
        Run gb = new Run();
        GrammarSettings british = GrammarSettings.of(true, "en-GB", List.of(), List.of(), List.of(),
                GrammarSettings.DEFAULT_MAX_CHARACTERS);
        assertThat(gb.check("a.txt", text, british)).extracting(f -> f.split("@")[0]).containsExactly("EN_A_VS_AN");
        assertThat(gb.service.segmentsChecked()).isEqualTo(1);
        Run noA = new Run();
        GrammarSettings withoutAn = GrammarSettings.of(true, "en-US", List.of(), List.of("EN_A_VS_AN"), List.of(),
                GrammarSettings.DEFAULT_MAX_CHARACTERS);
        assertThat(noA.check("a.txt", text, withoutAn)).hasSize(2);
        assertThat(noA.service.segmentsChecked()).isEqualTo(1);
        Run usAgain = new Run();
        assertThat(usAgain.check("a.txt", text)).isEqualTo(american);
        assertThat(usAgain.service.segmentsChecked()).isZero();
    }

    @Test
    void theFolderStaysWithinItsSizeLimit() throws IOException {
        Run run = new Run(4_000);
        for (int i = 0; i < 12; i++) {
            run.check("file" + i + ".txt", ARTICLE.replace("Garden", "Garden " + i));
        }
        long before = size();
        assertThat(before).isGreaterThan(4_000);
        run.close();
        assertThat(size()).isLessThanOrEqualTo(4_000).isPositive();
    }

    private long size() throws IOException {
        long total = 0;
        for (Path p : entries()) {
            total += Files.size(p);
        }
        return total;
    }

    @Test
    void concurrentRunsShareTheFolderSafely() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i % 2;
                results.add(pool.submit(() -> new Run().check("f" + n + ".txt", ARTICLE.replace("notes",
                        "notes " + n))));
            }
            List<String> expected = new Run().check("other.txt", ARTICLE.replace("notes", "notes 0"));
            for (Future<List<String>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(entries()).hasSize(3).allSatisfy(p -> assertThat(p.toString()).endsWith(".json"));
        Run warm = new Run();
        warm.check("f0.txt", ARTICLE.replace("notes", "notes 0"));
        assertThat(warm.service.segmentsChecked()).isZero();
    }

    @Test
    void deletingTheFolderIsSafe() throws IOException {
        Run cold = new Run();
        List<String> first = cold.check("a.txt", ARTICLE);
        for (Path p : entries()) {
            Files.delete(p);
        }
        Run again = new Run();
        assertThat(again.check("a.txt", ARTICLE)).isEqualTo(first);
        assertThat(again.service.segmentsChecked()).isEqualTo(4);
    }
}
