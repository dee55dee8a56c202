package dev.copydesk.rule.yaml;

import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleMeta;

/** A rule defined in a YAML file; the kinds are a closed set, one class each. */
sealed interface YamlRule extends Rule
        permits ExistenceRule, SubstitutionRule, OccurrenceRule, RepetitionRule, RequiredRule, MetricRule {

    Common common();

    @Override
    default RuleMeta meta() {
        return common().meta();
    }
}
