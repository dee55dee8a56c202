package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.report.Diagnostic;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.testing.Lint;
import java.time.Duration;
import java.util.List;

/** Builds YAML rules from text and runs them, for tests. */
final class YamlRules {

    private YamlRules() {
    }

    static Rule rule(String id, String yaml) {
        return rule(id, yaml, RuleReader.DEFAULT_BUDGET);
    }

    static Rule rule(String id, String yaml, Duration budget) {
        try {
            return new RuleReader(budget).read(id, "rules/" + id + ".yaml", yaml, false).provider()
                    .create(RuleOptions.none(id), new RuleEnvironment(Lint.TODAY));
        } catch (ConfigException e) {
            throw new IllegalStateException(e.oneLine(), e);
        }
    }

    /** The one-line error reading the rule gives. */
    static String error(String id, String yaml) {
        try {
            new RuleReader().read(id, "rules/" + id + ".yaml", yaml, false);
        } catch (ConfigException e) {
            return e.oneLine();
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    /** Runs a rule on a text; the format comes from the name's extension. */
    static List<Diagnostic> run(String yaml, String name, String text) {
        return Lint.runRules(name, text, List.of(rule("test-rule", yaml)));
    }

    /** {@code line:column message} for each finding. */
    static List<String> findings(String yaml, String name, String text) {
        return run(yaml, name, text).stream()
                .map(d -> d.start().line() + ":" + d.start().column() + " " + d.message())
                .toList();
    }
}
