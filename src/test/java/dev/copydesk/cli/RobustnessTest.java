package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever is in a content folder, {@code copydesk check} prints a clear one-line error or checks the file, goes on
 * with the other files, never hangs, never prints a stack trace, and exits 0, 1 or 2. Large inputs are generated
 * here, in a temporary folder. Timeouts only stop a hang from stalling the build; they are far above the real times.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RobustnessTest {

    private static final String TODAY = "--today=2026-06-15";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void emptyBlankAndMarkupOnlyFilesAreCheckedWithoutFindings() throws IOException {
        write("empty.md", "");
        write("empty.html", "");
        write("empty.txt", "");
        write("blank.md", "  \n\t\n\r\n   ");
        write("blank.txt", "\n\n\n");
        write("markup.html", "<html><head></head><body><div><span></span></div><br><hr></body></html>");
        write("comment.md", "<!-- only a comment -->\n");
        write("rules.md", "---\n\n***\n\n___\n");
        write("bom.md", "\uFEFF");

        Cli r = check(dir.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("9 files checked: no findings\n");
    }

    @Test
    void filesThatAreNotTextAreOneLineErrorsAndTheOthersAreStillChecked() throws IOException {
        byte[] png = new byte[4096];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        for (int i = 2; i < png.length; i++) {
            png[i] = (byte) (i * 31);
        }
        Files.write(dir.resolve("image.md"), png);
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 au lait.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("invalid.md"), bytes("Line one.\n\nCaf\u00e9 ", new byte[] {(byte) 0xC3, '('},
                " broken.\n"));
        Files.write(dir.resolve("utf16-no-bom.txt"), "No byte order mark here.\n".getBytes(
                StandardCharsets.UTF_16LE));
        write("good.md", "Click here to read the report.\n");

        Cli r = check("--format=json", dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(lines(r.err())).containsExactly(
                "copydesk: " + dir.resolve("image.md") + ": binary file (contains NUL bytes), not text",
                "copydesk: " + dir.resolve("invalid.md") + ": invalid UTF-8 at line 3, column 6 (byte 17): save the "
                        + "file as UTF-8",
                "copydesk: " + dir.resolve("latin1.txt") + ": invalid UTF-8 at line 1, column 4 (byte 3); it looks "
                        + "like Latin-1 or Windows-1252: save the file as UTF-8",
                "copydesk: " + dir.resolve("utf16-no-bom.txt") + ": looks like UTF-16 without a byte order mark: "
                        + "save the file as UTF-8");
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.at("/summary/files").asInt()).isEqualTo(5);
        assertThat(report.at("/summary/filesWithErrors").asInt()).isEqualTo(4);
        assertThat(findings(report, "good.md")).containsExactly("1:1 missing-link");
    }

    @Test
    void utf16WithByteOrderMarkIsDecodedWithPositionsInCharacters() throws IOException {
        String text = "# Caf\u00e9 guide\n\nRead more about it here.\n";
        Files.write(dir.resolve("le.md"), bytes("", new byte[] {(byte) 0xFF, (byte) 0xFE},
                new String(text.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1)));
        Files.write(dir.resolve("be.md"), bytes("", new byte[] {(byte) 0xFE, (byte) 0xFF},
                new String(text.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1)));

        Cli r = check("--format=json", dir.resolve("le.md").toString(), dir.resolve("be.md").toString());

        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(findings(report, "le.md")).containsExactly("3:20 missing-link");
        assertThat(findings(report, "be.md")).containsExactly("3:20 missing-link");
    }

    @Test
    void crlfCrOnlyAndMixedLineEndingsGiveTheSamePositions() throws IOException {
        String[] lines = {"# Best laptops of 2019", "", "Intro text for readers.", "", "Click here for the rest."};
        write("lf.md", String.join("\n", lines) + "\n");
        write("crlf.md", String.join("\r\n", lines) + "\r\n");
        write("cr.md", String.join("\r", lines) + "\r");
        write("mixed.md", lines[0] + "\r\n" + lines[1] + "\r" + lines[2] + "\n" + lines[3] + "\r\n" + lines[4]);
        write("crlf.txt", "Click here for the rest.\r\nAnother line of text.\r\nClick here again.\r\n");
        write("cr.html", "<h1>Best laptops of 2019</h1>\r<p>Intro.</p>\r<p>Click here for\rthe rest.</p>\r");

        Cli r = check("--format=json", dir.toString());

        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        for (String name : List.of("lf.md", "crlf.md", "cr.md", "mixed.md")) {
            assertThat(findings(report, name)).as(name).containsExactly("1:19 stale-year", "5:1 missing-link");
        }
        assertThat(findings(report, "crlf.txt")).containsExactly("1:1 missing-link", "3:1 missing-link");
        assertThat(findings(report, "cr.html")).containsExactly("1:21 stale-year", "3:4 missing-link");
    }

    @Test
    void aLineOfFiveMegabytesIsCheckedAndItsSnippetStaysShort() throws IOException {
        StringBuilder line = new StringBuilder("Click here to read it. ");
        for (int i = 0; line.length() < 5_000_000; i++) {
            line.append("Report ").append(i).append(" was read by many readers in the town and the county. ");
        }
        write("long-line.txt", line.append('\n').toString());
        write("long-line.html", "<p>" + line + "</p>");

        Cli r = check(dir.toString());

        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("long-line.txt:1:1").contains("long-line.html:1:4")
                .endsWith("2 files checked: 0 errors, 2 warnings, 0 infos in 2 files\n");
        assertThat(r.out().length()).isLessThan(10_000);
    }

    @Test
    void deepNestingAndUnclosedMarkup() throws IOException {
        write("deep.html", "<div>".repeat(100_000) + "<p>Click here now.</p>" + "</div>".repeat(100_000));
        write("unclosed.html", "<p>Unclosed <b>bold <i>italic\n<div>Click here. <!-- never closed <p>hidden");
        write("unclosed-script.html", "<p>Before.</p><script>var x = '<p>';\n".repeat(1000));
        write("unclosed.md", "Text with <div>unclosed\n\n```js\nnever closed fence\n\n<!-- and a comment\n");
        write("quotes.md", "Intro.\n\n" + ">".repeat(10_000) + " Click here.\n\nAfter.\n");
        write("lists.md", "Intro.\n\n" + "- ".repeat(10_000) + "Click here.\n\nAfter.\n");
        StringBuilder nestedLists = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            nestedLists.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        write("indented-lists.md", nestedLists.toString());
        write("emphasis.md", "*a **b ".repeat(20_000) + "\n");

        Cli r = check("--format=json", dir.toString());

        assertThat(r.exitCode()).isLessThanOrEqualTo(1);
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.at("/summary/files").asInt()).isEqualTo(8);
        assertThat(report.at("/summary/filesWithErrors").asInt()).isZero();
        assertThat(findings(report, "deep.html")).containsExactly("1:500004 missing-link");
        assertThat(findings(report, "unclosed.html")).containsExactly("2:6 missing-link");
        assertThat(findings(report, "quotes.md")).containsExactly("3:10002 missing-link");
        assertThat(findings(report, "lists.md")).containsExactly("3:20001 missing-link");
    }

    /** Shapes that once made a parser or a rule take minutes: each now takes well under a second. */
    @Test
    void inputsThatWereQuadraticAreChecked() throws IOException {
        StringBuilder links = new StringBuilder();
        StringBuilder tagged = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            links.append("[link ").append(i).append("](http://example.com/").append(i).append(") ");
            tagged.append("word <b>x</b> [a](http://e.com/").append(i).append(") ");
        }
        // Stopped as a runaway pattern on a cold JVM, when the search for URLs read the rest of the paragraph once per
        // link (the regex prefilter's own test times that search).
        write("tagged-links.md", tagged.append("\n").toString());
        write("links.md", links.append("\n").toString());
        write("table.md", "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(100_000));
        StringBuilder headings = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            headings.append("# Heading ").append(i).append('\n');
        }
        write("headings.md", headings.toString());
        write("comments.html", "<article><h2>A</h2>" + "<!-- x ".repeat(100_000) + "<h2>B</h2><p>Text.</p>");
        write("scripts.html", "<article><h2>A</h2>" + "<script>x".repeat(50_000) + "<h2>B</h2><p>Text.</p>");
        write("below.txt", "Links resources sites pages ".repeat(50_000) + "end.\n");
        write("brackets.md", "[".repeat(200_000) + "\n" + "<".repeat(200_000) + "\n");
        // A text of nothing but short lines is one long run of possible related-link teasers.
        write("short-lines.txt", "Word.\n\n".repeat(100_000));

        Cli r = check("--format=json", dir.toString());

        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.at("/summary/files").asInt()).isEqualTo(9);
        assertThat(report.at("/summary/filesWithErrors").asInt()).isZero();
    }

    @Test
    void symlinkLoopsAndSpecialFilesInAWalk() throws IOException, InterruptedException {
        Path site = Files.createDirectories(dir.resolve("site/sub"));
        Files.createSymbolicLink(site.resolve("up"), Path.of(".."));
        Files.createSymbolicLink(site.resolve("self.md"), Path.of("self.md"));
        Files.createSymbolicLink(site.resolve("dangling.md"), Path.of("nowhere.md"));
        Path fifo = site.resolve("pipe.md");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        Files.writeString(site.resolve("ok.md"), "Click here.\n");

        Cli walked = check(dir.resolve("site").toString());
        Cli named = check(fifo.toString(), site.resolve("ok.md").toString());

        assertThat(walked.exitCode()).isEqualTo(2);
        assertThat(lines(walked.err())).containsExactly(
                "copydesk: " + site.resolve("dangling.md") + ": broken symbolic link (its target does not exist)",
                "copydesk: " + site.resolve("self.md") + ": symbolic link loop, not followed",
                "copydesk: " + site.resolve("up") + ": symbolic link loop, not followed");
        assertThat(walked.out()).contains("sub/ok.md:1:1").endsWith(", 3 files could not be checked\n");
        assertThat(named.exitCode()).isEqualTo(2);
        assertThat(lines(named.err())).containsExactly("copydesk: " + fifo + ": not a regular file or folder");
        assertThat(named.out()).contains("ok.md:1:1");
    }

    /**
     * As root (as in containers and CI here) permissions do not stop reads, so this runs only for other users; as root
     * the folder is simply read and checked.
     */
    @Test
    void unreadableFoldersAndFilesAreOneLineErrors() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("site/locked"));
        Files.writeString(locked.resolve("a.md"), "Text.\n");
        Path secret = Files.writeString(dir.resolve("site/secret.md"), "Text.\n");
        Files.writeString(dir.resolve("site/ok.md"), "Click here.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(secret), "permissions are ignored for this user (root)");

            Cli r = check(dir.resolve("site").toString());

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(lines(r.err())).containsExactly(
                    "copydesk: " + locked + ": permission denied",
                    "copydesk: " + secret + ": permission denied");
            assertThat(r.out()).contains("ok.md:1:1");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void pathsWithSpacesAndNonAsciiNames() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("my articles/caf\u00e9 \u65e5\u672c"));
        Files.writeString(folder.resolve("na\u00efve r\u00e9sum\u00e9.md"), "Click here.\n");
        Files.writeString(folder.resolve("\u0410\u0411\u0412 \uD83D\uDE00.txt"), "Click here.\n");

        Cli text = check(dir.resolve("my articles").toString());
        Cli json = check("--format=json", dir.resolve("my articles").toString());

        assertThat(text.err()).isEmpty();
        assertThat(text.out()).contains(folder.resolve("na\u00efve r\u00e9sum\u00e9.md") + ":1:1")
                .contains(folder.resolve("\u0410\u0411\u0412 \uD83D\uDE00.txt") + ":1:1");
        assertThat(findings(JSON.readTree(json.out()), "na\u00efve r\u00e9sum\u00e9.md"))
                .containsExactly("1:1 missing-link");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("dump.md");
        byte[] block = "Some text of the dump, line after line, with nothing to say.\n".repeat(1000)
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L << 20; written += block.length) {
                out.write(block);
            }
        }
        write("ok.md", "Click here.\n");

        Cli r = check(dir.toString());
        Cli raised = check("--max-file-size=5k", dir.resolve("ok.md").toString());
        Cli bad = check("--max-file-size=lots", dir.resolve("ok.md").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(lines(r.err())).containsExactly("copydesk: " + big + ": too large to check (50.0 MB, the limit is "
                + "10 MB; raise it with --max-file-size)");
        assertThat(r.out()).contains("ok.md:1:1");
        assertThat(raised.exitCode()).isZero();
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("copydesk: Invalid value for option '--max-file-size': 'lots' is not a size");
    }

    @Test
    void standardInputOverTheSizeLimitIsRefused() {
        Cli r = Cli.runWithInput("Click here. ".repeat(200), "check", TODAY, "--max-file-size=1K", "-");
        Cli ok = Cli.runWithInput("Click here. ".repeat(50), "check", TODAY, "--max-file-size=1K", "-");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(lines(r.err())).containsExactly("copydesk: <stdin>: too large to check (more than 1 KB; raise the "
                + "limit with --max-file-size)");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("<stdin>:1:1");
    }

    @Test
    void aFolderOfOneHundredThousandFiles() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        for (int i = 0; i < 100_000; i++) {
            Path sub = site.resolve("d" + (i / 1000));
            if (i % 1000 == 0) {
                Files.createDirectory(sub);
            }
            Files.writeString(sub.resolve("a" + i + (i % 3 == 0 ? ".md" : i % 3 == 1 ? ".html" : ".txt")),
                    i % 10_000 == 0 ? "Click here.\n" : "Plain text.\n");
        }

        Cli r = check("--format=json", site.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.at("/summary/files").asInt()).isEqualTo(100_000);
        assertThat(report.at("/summary/filesWithFindings").asInt()).isEqualTo(10);
    }

    /**
     * Grammar checking is bounded per document: a file of three megabytes of prose has only its first 100,000
     * characters sent to LanguageTool, with a notice naming the file, and the other files are checked in full.
     */
    @Test
    void grammarCheckingOfAHugeFileIsBounded() throws IOException {
        StringBuilder huge = new StringBuilder("# A very long report\n\n");
        for (int i = 0; huge.length() < 3_000_000; i++) {
            huge.append("Paragraph ").append(i).append(" tells the readers of the town what the council decided "
                    + "about the roads, the schools and the parks this year.\n\n");
        }
        write("huge.md", huge.toString());
        write("small.md", "# Notes\n\nThis sentence have a grammar mistake in it.\n");
        Path cache = dir.resolve("cache");

        Cli r = Cli.runWithGrammar("check", TODAY, "--format=json", "--cache", cache.toString(),
                dir.resolve("huge.md").toString(), dir.resolve("small.md").toString());

        assertThat(r.exitCode()).as(r.err()).isBetween(0, 1);
        assertThat(lines(r.err())).contains("copydesk: warning: " + dir.resolve("huge.md") + ": grammar and "
                + "spelling checked only the first 99948 of 2952260 characters of prose "
                + "(grammar maxCharacters is 100000)");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        JsonNode report = JSON.readTree(r.out());
        assertThat(findings(report, "small.md")).containsExactly("3:1 grammar");
        try (var entries = Files.walk(cache)) {
            for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                assertThat(entry.getFileName().toString()).doesNotEndWith(".tmp");
                JSON.readTree(entry.toFile());
            }
        }
    }

    @Test
    void brokenConfigFilesAreOneLineErrorsForTheFilesTheyGovern() throws IOException {
        List<String> configs = List.of(
                "rules: [\n  x: : :\n",
                "rules:\n\tstale-year: off\n",
                "rulez: {}\n",
                "rules:\n  stale-year: off\n  stale-year: error\n",
                "rules:\n  stale-year: loud\n",
                "rules: &a [*a]\n",
                lolz());
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            Path site = Files.createDirectories(dir.resolve("site" + i));
            Files.writeString(site.resolve(".copydesk.yaml"), configs.get(i));
            Files.writeString(site.resolve("a.md"), "Click here.\n");
            Cli r = check(site.toString());
            assertThat(r.exitCode()).as(configs.get(i)).isEqualTo(2);
            assertThat(lines(r.err())).as(configs.get(i)).hasSize(2)
                    .last().isEqualTo("copydesk: " + site.resolve("a.md") + ": not checked: "
                            + site.resolve(".copydesk.yaml") + " has errors");
            errors.add(lines(r.err()).get(0).replace(site + "/", ""));
        }
        Path binary = Files.createDirectories(dir.resolve("binary"));
        Files.write(binary.resolve(".copydesk.yaml"), new byte[] {0, 1, 2, 3});
        Files.writeString(binary.resolve("a.md"), "Text.\n");
        Path fine = Files.createDirectories(dir.resolve("fine"));
        Files.writeString(fine.resolve("a.md"), "Click here.\n");

        Cli r = check(binary.toString(), fine.toString());

        assertThat(errors).allSatisfy(e -> assertThat(e).startsWith("copydesk: error: .copydesk.yaml:"));
        assertThat(errors.get(0)).startsWith("copydesk: error: .copydesk.yaml:2:4: invalid YAML");
        assertThat(errors.get(2)).startsWith("copydesk: error: .copydesk.yaml:1:1: unknown key \"rulez\"");
        assertThat(errors.get(3)).isEqualTo("copydesk: error: .copydesk.yaml:3:3: duplicate key \"stale-year\"");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("binary file (contains NUL bytes), not text");
        assertThat(r.out()).contains(fine.resolve("a.md") + ":1:1");
    }

    @Test
    void brokenRuleFilesAndRunawayPatternsAreReported() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path rules = Files.createDirectories(site.resolve("my-rules"));
        Files.writeString(site.resolve(".copydesk.yaml"), "packs: [my-rules]\n");
        Files.writeString(rules.resolve("runaway.yaml"), """
                kind: existence
                level: warning
                description: A pattern that backtracks without end.
                message: 'Found "%s".'
                patterns: ['(a+)+b']
                """);
        Files.writeString(site.resolve("a.md"), "This is " + "a".repeat(40_000) + " fine.\n\nClick here.\n");

        Cli runaway = check(site.toString());
        Files.writeString(rules.resolve("broken.yaml"), "kind: existance\nlevel: warning\n");
        Cli broken = check(site.toString());
        Files.writeString(rules.resolve("broken.yaml"), "kind: existence\nlevel: warning\ndescription: x\n"
                + "message: y\npatterns: ['(unclosed']\n");
        Cli badPattern = check(site.toString());

        assertThat(runaway.exitCode()).isEqualTo(2);
        assertThat(lines(runaway.err())).singleElement().asString()
                .startsWith("copydesk: error: " + rules.resolve("runaway.yaml") + ":5:12: pattern \"(a+)+b\" ran for "
                        + "more than ")
                .endsWith("(rule runaway, on " + site.resolve("a.md") + ")");
        assertThat(runaway.out()).contains("a.md:3:1");
        assertThat(lines(broken.err())).first().isEqualTo("copydesk: error: " + rules.resolve("broken.yaml")
                + ":1:7: kind must be one of existence, substitution, occurrence, repetition, required, metric, not "
                + "\"existance\"");
        assertThat(lines(badPattern.err())).first().asString().startsWith("copydesk: error: "
                + rules.resolve("broken.yaml") + ":5:12: invalid pattern \"(unclosed\"");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(badPattern.exitCode()).isEqualTo(2);
    }

    @Test
    void unknownRuleIdsInConfigAndSuppressionCommentsAreWarnings() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve(".copydesk.yaml"), "rules:\n  no-such-rule: off\n");
        Files.writeString(site.resolve("a.md"), "Text.\n\n<!-- copydesk-disable other-rule -->\n\nMore text.\n");

        Cli r = check(site.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(lines(r.err())).containsExactly(
                "copydesk: warning: " + site.resolve(".copydesk.yaml") + ":2:3: unknown rule \"no-such-rule\" "
                        + "(ignored; copydesk rules lists them)",
                "copydesk: warning: " + site.resolve("a.md") + ":3:1: unknown rule \"other-rule\" in a suppression "
                        + "comment");
    }

    // helpers

    private Cli check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", TODAY));
        all.addAll(List.of(args));
        Cli r = Cli.run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isBetween(0, 2);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:");
        return r;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(middle, 0, out, a.length, middle.length);
        System.arraycopy(c, 0, out, a.length + middle.length, c.length);
        return out;
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /** {@code line:column rule} for each finding of the file whose path ends with {@code name}. */
    private static List<String> findings(JsonNode report, String name) {
        for (JsonNode f : report.get("files")) {
            if (f.get("path").asText().endsWith("/" + name)) {
                List<String> out = new ArrayList<>();
                for (JsonNode d : f.get("findings")) {
                    out.add(d.get("line").asInt() + ":" + d.get("column").asInt() + " "
                            + d.get("rule").asText());
                }
                return out;
            }
        }
        throw new AssertionError("no report for " + name);
    }

    /** A YAML alias bomb: nine levels of nine aliases each, a billion strings if it were expanded. */
    private static String lolz() {
        StringBuilder s = new StringBuilder("exclude: [&a0 [\"lol\"]");
        for (int i = 1; i <= 9; i++) {
            s.append(", &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]");
        }
        return s.append("]\n").toString();
    }
}
