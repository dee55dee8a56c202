package dev.copydesk.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.rule.builtin.BuiltinRules;
import dev.copydesk.testing.Lint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture article under {@code src/test/resources/fixtures/<rule-id>/} through its rule and compares the
 * findings (line, column, rule) with the expectations written in the fixture: in Markdown and HTML, comments
 * {@code <!-- expect: rule-id@COLUMN -->} on the line of the finding (several separated by commas); in any format,
 * lines {@code LINE:COLUMN rule-id} in a file named like the fixture plus {@code .expect}. A fixture without
 * expectations is a clean counter-example: the rule must stay silent on it. A {@code .copydesk.yaml} in a fixture
 * folder configures its rule (options, vocabulary) for every fixture there.
 */
class FixtureTest {

    static final Path ROOT = Path.of("src/test/resources/fixtures");
    private static final Pattern INLINE = Pattern.compile("<!--\\s*expect:\\s*([^>]*?)\\s*-->");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : fixtureFiles()) {
            String rule = file.getParent().getFileName().toString();
            tests.add(DynamicTest.dynamicTest(rule + "/" + file.getFileName(), () -> {
                List<String> expected = expectations(file);
                List<String> actual = Lint.positions(Lint.run(file, rule));
                assertThat(actual).as("findings of %s in %s", rule, file).containsExactlyElementsOf(expected);
            }));
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasPositiveAndCleanFixtures() throws IOException {
        List<Path> files = fixtureFiles();
        for (RuleProvider p : BuiltinRules.registry().all()) {
            String id = p.meta().id();
            List<Path> mine = files.stream().filter(f -> f.getParent().getFileName().toString().equals(id)).toList();
            long positive = mine.stream().filter(f -> !expectationsUnchecked(f).isEmpty()).count();
            assertThat(positive).as("positive fixtures of %s", id).isPositive();
            assertThat(mine.size() - positive).as("clean fixtures of %s", id).isPositive();
        }
    }

    static List<Path> fixtureFiles() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".expect"))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> expectationsUnchecked(Path file) {
        try {
            return expectations(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expected findings of a fixture, as {@code line:column rule}, in position order. */
    static List<String> expectations(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\\r\\n|\\r|\\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = INLINE.matcher(lines.get(i));
            while (m.find()) {
                for (String e : m.group(1).split(",")) {
                    String[] parts = e.trim().split("@");
                    out.add((i + 1) + ":" + parts[1].trim() + " " + parts[0].trim());
                }
            }
        }
        Path sidecar = file.resolveSibling(file.getFileName() + ".expect");
        if (Files.exists(sidecar)) {
            for (String l : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    out.add(l.trim().replaceAll("\\s+", " "));
                }
            }
        }
        out.sort((a, b) -> {
            String[] x = a.split("[: ]");
            String[] y = b.split("[: ]");
            int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
            if (c == 0) {
                c = Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
            }
            return c == 0 ? x[2].compareTo(y[2]) : c;
        });
        return out;
    }
}
