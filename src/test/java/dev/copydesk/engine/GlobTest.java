package dev.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void nameGlobsMatchAtAnyDepth() {
        Glob g = Glob.compile("*.draft.md");
        assertThat(g.matches("a.draft.md")).isTrue();
        assertThat(g.matches("news/2024/a.draft.md")).isTrue();
        assertThat(g.matches("a.md")).isFalse();
    }

    @Test
    void globsWithASlashAreAnchored() {
        Glob g = Glob.compile("news/*.md");
        assertThat(g.matches("news/a.md")).isTrue();
        assertThat(g.matches("old/news/a.md")).isFalse();
        assertThat(g.matches("news/sub/a.md")).isFalse();
    }

    @Test
    void doubleStarSpansFolders() {
        assertThat(Glob.compile("news/**").matches("news/a/b/c.md")).isTrue();
        assertThat(Glob.compile("**/drafts/*.md").matches("drafts/a.md")).isTrue();
        assertThat(Glob.compile("**/drafts/*.md").matches("x/y/drafts/a.md")).isTrue();
        assertThat(Glob.compile("a/**/z.md").matches("a/z.md")).isTrue();
    }

    @Test
    void folderNamesMatchEverythingInside() {
        assertThat(Glob.compile("drafts").matches("drafts/a.md")).isTrue();
        assertThat(Glob.compile("drafts/").matches("x/drafts/a.md")).isTrue();
        assertThat(Glob.compile("/drafts").matches("x/drafts/a.md")).isFalse();
    }

    @Test
    void classesAndQuestionMarks() {
        assertThat(Glob.compile("post-?.md").matches("post-1.md")).isTrue();
        assertThat(Glob.compile("post-[0-9].md").matches("post-a.md")).isFalse();
        assertThat(Glob.compile("post-[!0-9].md").matches("post-a.md")).isTrue();
    }

    @Test
    void ignoreFileLastMatchWinsAndNegates() {
        IgnoreFile f = IgnoreFile.parse("# comment\n*.html\n!keep.html\nbuild/\n");
        assertThat(f.ignores("a.html", false)).isTrue();
        assertThat(f.ignores("keep.html", false)).isFalse();
        assertThat(f.ignores("a.md", false)).isNull();
        assertThat(f.ignores("build", true)).isTrue();
        assertThat(f.ignores("build", false)).isNull();
    }
}
