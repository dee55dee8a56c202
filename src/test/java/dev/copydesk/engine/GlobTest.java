package dev.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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

    @Test
    void theLiteralChecksNeverChangeTheAnswer() {
        // Random globs of every kind of token, and random paths from the same pieces: matches() (which rejects paths
        // lacking the glob's literal text before running the regex) answers as the regex alone.
        Random random = new Random(11);
        String[] tokens = {"a", "b", "ab", ".md", "/", "*", "**", "**/", "?", "[ab]", "[!a]", "\\*", "x/", "/"};
        String[] pieces = {"a", "b", "ab", ".md", "/", "x", "*", "ba", "a/b", "x/"};
        int matched = 0;
        for (int k = 0; k < 3_000; k++) {
            StringBuilder glob = new StringBuilder(random.nextInt(4) == 0 ? "/" : "");
            for (int t = random.nextInt(5) + 1; t > 0; t--) {
                glob.append(tokens[random.nextInt(tokens.length)]);
            }
            Glob g = Glob.compile(glob.toString());
            for (int p = 0; p < 30; p++) {
                StringBuilder path = new StringBuilder();
                for (int t = random.nextInt(6) + 1; t > 0; t--) {
                    path.append(pieces[random.nextInt(pieces.length)]);
                }
                boolean expected = g.pattern().matcher(path).matches();
                matched += expected ? 1 : 0;
                assertThat(g.matches(path.toString())).as("%s on %s", glob, path).isEqualTo(expected);
            }
        }
        assertThat(matched).isGreaterThan(1_000);
    }

    @Test
    void aPathWithoutTheGlobsLiteralTextIsNotMatched() {
        assertThat(Glob.compile("drafts12/**").matches("drafts1/a.md")).isFalse();
        assertThat(Glob.compile("drafts12/**").matches("drafts12/a.md")).isTrue();
        assertThat(Glob.compile("**/news/*.md").matches("news/a.md")).isTrue();
        assertThat(Glob.compile("a/**/z.md").matches("a/z.md")).isTrue();
        assertThat(Glob.compile("*.md").matches("x/y.md")).isTrue();
    }
}
