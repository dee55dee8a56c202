package dev.copydesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {

    @Test
    void decodesUtf16WithByteOrderMark() throws Exception {
        byte[] le = new byte[] {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0};
        byte[] be = new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'H', 0, 'i'};
        assertThat(SourceFile.decode("a", le).text()).isEqualTo("Hi");
        assertThat(SourceFile.decode("a", be).text()).isEqualTo("Hi");
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheByte() {
        byte[] latin1 = "Café".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SourceFile.decode("menu.txt", latin1))
                .isInstanceOf(InputException.class)
                .hasMessage("invalid UTF-8 at line 1, column 4 (byte 3); it looks like Latin-1 or Windows-1252: save the file as UTF-8")
                .extracting(e -> ((InputException) e).oneLine())
                .isEqualTo("menu.txt: invalid UTF-8 at line 1, column 4 (byte 3); it looks like Latin-1 or Windows-1252: save the file "
                        + "as UTF-8");
    }

    @Test
    void binaryIsAnError() {
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        assertThatThrownBy(() -> SourceFile.decode("image.md", png))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("binary file");
    }

    @Test
    void missingFileIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> SourceFile.read(dir.resolve("nope.md"), "nope.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("no such file");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        Files.writeString(f, "# Title\n");
        SourceFile s = SourceFile.read(f, "a.md");
        assertThat(s.path()).isEqualTo("a.md");
        assertThat(s.slice(new Span(2, 7))).isEqualTo("Title");
    }
}
