package dev.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.report.Diagnostic;
import dev.copydesk.source.SourceFile;
import dev.copydesk.testing.Lint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same findings, at the same words, in every format and with every kind of line ending, byte order mark,
 * non-ASCII text and tabs: the reported line and column must be those of the words in the original file.
 */
class PositionsTest {

    /** An article whose lines are given per format; {@code ⟦…⟧} marks where each finding must start. */
    private static final List<String> TEXT = List.of(
            "Café ☕ and 😀 emoji lead the way.",
            "\tTabs\tcount as one column. ⟦The symptoms include:",
            "Nobody knows why.",
            "Ünïcödé 😀 text: you can read the full report ⟦here.");

    private static final List<String> HTML = List.of(
            "<article>",
            "<p>Café ☕ and 😀 emoji lead&nbsp;the way.</p>",
            "<p>\tTabs\tcount as one column. ⟦The symptoms include:</p>",
            "<p>Nobody knows why.</p>",
            "<p>Ünïcödé 😀 text: you can read the &ldquo;full&rdquo; report ⟦here.</p>",
            "</article>");

    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        for (String eol : List.of("\n", "\r\n", "\r")) {
            for (boolean bom : List.of(false, true)) {
                out.add(Arguments.of("article.txt", TEXT, eol, bom));
                out.add(Arguments.of("article.html", HTML, eol, bom));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} eol={2} bom={3}")
    @MethodSource("variants")
    void findingsPointAtTheWordsInTheOriginalFile(String name, List<String> lines, String eol, boolean bom)
            throws Exception {
        List<String> expected = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int mark = line.indexOf('⟦');
            if (mark >= 0) {
                expected.add((i + 1) + ":" + (line.codePointCount(0, mark) + 1));
                line = line.replace("⟦", "");
            }
            text.append(line).append(eol);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.write(text.toString().getBytes(StandardCharsets.UTF_8));
        SourceFile source = SourceFile.decode(name, bytes.toByteArray());
        List<Diagnostic> found = Lint.run(name, source.text(), "lead-in-without-list", "missing-link");
        assertThat(found).extracting(d -> d.start().line() + ":" + d.start().column())
                .containsExactlyElementsOf(expected);
    }
}
