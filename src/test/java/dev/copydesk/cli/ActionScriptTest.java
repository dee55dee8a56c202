package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's check script turns the action's inputs into {@code copydesk check} arguments, run through
 * {@code bin/copydesk}: run with a stand-in {@code java} that prints the arguments it gets and exits with a chosen
 * code.
 */
class ActionScriptTest {

    private static final Path SCRIPT = Path.of(".github/actions/copydesk/check.sh");

    @TempDir
    Path dir;

    private Path outputs;
    private Path jar;

    @BeforeEach
    void fakeJava() throws IOException {
        Assumptions.assumeTrue(new File("/bin/bash").canExecute(), "needs bash");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/bash\nfor a in \"$@\"; do printf '[%s]\\n' \"$a\"; done\nexit \"${FAKE_EXIT:-0}\"\n");
        java.toFile().setExecutable(true);
        outputs = dir.resolve("github-output");
        Files.writeString(outputs, "");
        jar = Files.writeString(dir.resolve("copydesk.jar"), "not read by the stand-in");
    }

    private record Run(int code, List<String> args) {
    }

    private Run run(Map<String, String> inputs) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", SCRIPT.toString());
        Map<String, String> env = pb.environment();
        env.put("PATH", dir.resolve("bin") + File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("GITHUB_OUTPUT", outputs.toString());
        env.put("COPYDESK_JAR", jar.toString());
        env.remove("COPYDESK_JAVA_OPTS");
        env.remove("JAVA");
        env.put("INPUT_FORMAT", "github");
        env.put("INPUT_FAIL_ON", "error");
        env.putAll(inputs);
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out.lines().toList());
    }

    @Test
    void inputsBecomeArgumentsAndPathsAreNeitherGlobbedNorEvaluated() throws Exception {
        Run r = run(Map.of(
                "INPUT_PATHS", "content/news\ncontent/*.md  $(touch pwned)",
                "INPUT_FORMAT", "sarif",
                "INPUT_OUTPUT", "out dir/copydesk.sarif",
                "INPUT_FAIL_ON", "warning",
                "INPUT_BASELINE", ".copydesk-baseline.json",
                "INPUT_CONFIG", "",
                "INPUT_ARGS", "--max-warnings 20"));
        assertThat(r.code()).isZero();
        assertThat(r.args()).containsExactly("[-XX:TieredStopAtLevel=1]", "[-XX:+UseSerialGC]", "[-Xss4m]", "[-jar]",
                "[" + jar + "]", "[check]", "[--format]", "[sarif]",
                "[--fail-on]", "[warning]", "[--output]", "[out dir/copydesk.sarif]", "[--baseline]",
                "[.copydesk-baseline.json]", "[--max-warnings]", "[20]", "[--]", "[content/news]", "[content/*.md]",
                "[$(touch]", "[pwned)]");
        assertThat(Path.of("pwned")).doesNotExist();
        assertThat(Files.readString(outputs)).isEqualTo("exit-code=0\n");
    }

    @Test
    void theExitCodeIsPassedOnAndRecorded() throws Exception {
        Run r = run(Map.of("INPUT_PATHS", "", "FAKE_EXIT", "1"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.args()).containsExactly("[-XX:TieredStopAtLevel=1]", "[-XX:+UseSerialGC]", "[-Xss4m]", "[-jar]",
                "[" + jar + "]", "[check]", "[--format]", "[github]", "[--fail-on]", "[error]", "[--]", "[.]");
        assertThat(Files.readString(outputs)).isEqualTo("exit-code=1\n");
    }

    @Test
    void anArchiveBuiltBesideTheJarIsUsed() throws Exception {
        Path archive = Files.writeString(dir.resolve("copydesk.jsa"), "");
        Run r = run(Map.of("INPUT_PATHS", "content"));
        assertThat(r.code()).isZero();
        assertThat(r.args()).startsWith("[-XX:TieredStopAtLevel=1]", "[-XX:+UseSerialGC]", "[-Xss4m]",
                "[-XX:SharedArchiveFile=" + archive + "]").endsWith("[--]", "[content]");
    }
}
