package dev.copydesk.rule;

import java.time.LocalDate;

/** Facts about the run that rules may depend on, fixed for the whole run so results are reproducible. */
public record RuleEnvironment(LocalDate today) {
}
