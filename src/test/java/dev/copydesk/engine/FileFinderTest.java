package dev.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.report.FileReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFinderTest {

    @TempDir
    Path dir;

    private void touch(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
    }

    private List<String> find(List<String> include, List<String> exclude) {
        FileFinder.Result r = new FileFinder(include, exclude).find(List.of(dir.toString()));
        String base = dir.toString().replace('\\', '/');
        return r.files().stream().map(f -> f.displayPath().substring(base.length() + 1)).toList();
    }

    @Test
    void walksDefaultExtensionsSortedSkippingHidden() throws IOException {
        touch("b.md");
        touch("a.html");
        touch("c.txt");
        touch("d.markdown");
        touch("e.htm");
        touch("image.png");
        touch(".hidden.md");
        touch(".git/x.md");
        touch(".private/y.md");
        touch("sub/dir/z.md");
        touch("sp ace/ñandú.md");
        assertThat(find(List.of(), List.of())).containsExactly("a.html", "b.md", "c.txt", "d.markdown", "e.htm",
                "sp ace/ñandú.md", "sub/dir/z.md");
    }

    @Test
    void includeReplacesDefaultExtensionsAndExcludeApplies() throws IOException {
        touch("a.mdx");
        touch("b.md");
        touch("drafts/c.mdx");
        assertThat(find(List.of("*.mdx"), List.of())).containsExactly("a.mdx", "drafts/c.mdx");
        assertThat(find(List.of("*.mdx"), List.of("drafts/**"))).containsExactly("a.mdx");
        assertThat(find(List.of("**/*.mdx"), List.of("**/drafts"))).containsExactly("a.mdx");
    }

    @Test
    void honoursCopydeskignoreFilesInWalkedFolders() throws IOException {
        touch("a.md");
        touch("vendor/b.md");
        touch("news/c.md");
        touch("news/old.md");
        Files.writeString(dir.resolve(".copydeskignore"), "vendor/\n");
        Files.writeString(dir.resolve("news/.copydeskignore"), "old.md\n");
        assertThat(find(List.of(), List.of())).containsExactly("a.md", "news/c.md");
    }

    @Test
    void explicitFilesAreAlwaysCheckedAndMissingOnesReported() throws IOException {
        touch("notes.rst");
        FileFinder.Result r = new FileFinder(List.of(), List.of()).find(List.of(dir.resolve("notes.rst").toString(),
                dir.resolve("missing.md").toString()));
        assertThat(r.files()).hasSize(1);
        assertThat(r.failures()).extracting(FileReport::error)
                .containsExactly(java.util.Optional.of("no such file or folder"));
    }

    @Test
    void symlinkLoopsAreReportedNotFollowedForever() throws IOException {
        touch("real/a.md");
        Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));
        FileFinder.Result r = new FileFinder(List.of(), List.of()).find(List.of(dir.toString()));
        assertThat(r.files()).hasSize(1);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).endsWith("real/loop");
            assertThat(f.error()).contains("symbolic link loop, not followed");
        });
    }
}
