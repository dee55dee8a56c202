package dev.copydesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LineMapTest {

    @Test
    void lfLines() {
        LineMap m = new LineMap("ab\ncd\n");
        assertThat(m.lineCount()).isEqualTo(3);
        assertThat(m.position(0)).isEqualTo(new Position(1, 1));
        assertThat(m.position(2)).isEqualTo(new Position(1, 3));
        assertThat(m.position(3)).isEqualTo(new Position(2, 1));
        assertThat(m.position(6)).isEqualTo(new Position(3, 1));
        assertThat(m.lineText(2)).isEqualTo("cd");
    }

    @Test
    void crlfAndLoneCrAndMixedEndings() {
        LineMap m = new LineMap("a\r\nb\rc\nd");
        assertThat(m.lineCount()).isEqualTo(4);
        assertThat(m.position(3)).isEqualTo(new Position(2, 1));
        assertThat(m.position(5)).isEqualTo(new Position(3, 1));
        assertThat(m.position(7)).isEqualTo(new Position(4, 1));
        // The \r of a CRLF belongs to the line it ends.
        assertThat(m.position(1)).isEqualTo(new Position(1, 2));
        assertThat(m.position(2)).isEqualTo(new Position(1, 3));
        assertThat(m.lineText(1)).isEqualTo("a");
        assertThat(m.lineEnd(1)).isEqualTo(1);
    }

    @Test
    void columnsCountCodePointsNotCharsAndTabsAsOne() {
        String text = "😀é\tx";
        LineMap m = new LineMap(text);
        // The emoji is two Java chars but one column.
        assertThat(m.position(text.indexOf('é'))).isEqualTo(new Position(1, 2));
        assertThat(m.position(text.indexOf('\t'))).isEqualTo(new Position(1, 3));
        assertThat(m.position(text.indexOf('x'))).isEqualTo(new Position(1, 4));
    }

    @Test
    void onlyLinesWithSurrogatePairsCountCodePoints() {
        String text = "abc\n😀😀x\nplain é text\r\n😀";
        LineMap m = new LineMap(text);
        assertThat(m.position(text.indexOf('x'))).isEqualTo(new Position(2, 3));
        assertThat(m.position(text.indexOf("text"))).isEqualTo(new Position(3, 9));
        assertThat(m.position(text.length())).isEqualTo(new Position(4, 2));
        assertThat(m.position(2)).isEqualTo(new Position(1, 3));
    }

    @Test
    void columnsAreCodePointsFromTheLineStartAtEveryOffset() {
        // Pairs, lone high and low surrogates, a pair split by a line break, and every kind of line end.
        String text = "a😀b\uD83D\n\uDE00c😀\r\n\uDE00\uD83Dx\r😀😀\uDE00\uD83D\n\uD83D\uDE00";
        LineMap m = new LineMap(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            Position p = m.position(offset);
            int expected = text.codePointCount(m.lineStart(p.line()), offset) + 1;
            assertThat(p.column()).as("offset %d", offset).isEqualTo(expected);
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void columnsOnOneLongLineOfEmojiStayFast() {
        // One line of 400,000 emoji: counting code points from the line start for each offset takes minutes.
        String text = "😀".repeat(400_000);
        LineMap m = new LineMap(text);
        long sum = 0;
        for (int offset = 0; offset <= text.length(); offset += 2) {
            sum += m.position(offset).column();
        }
        assertThat(sum).isEqualTo(400_001L * 400_002 / 2);
    }

    @Test
    void bomIsNotAColumn() throws Exception {
        byte[] bytes = "\uFEFFHello".getBytes(StandardCharsets.UTF_8);
        SourceFile f = SourceFile.decode("a.txt", bytes);
        assertThat(f.text()).isEqualTo("Hello");
        assertThat(f.lines().position(0)).isEqualTo(new Position(1, 1));
    }

    @Test
    void rejectsOffsetsOutsideTheText() {
        LineMap m = new LineMap("abc");
        assertThatThrownBy(() -> m.position(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(m.position(3)).isEqualTo(new Position(1, 4));
    }
}
