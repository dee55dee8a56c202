package dev.copydesk.report;

import dev.copydesk.rule.RuleMeta;
import java.util.Optional;

/** Where a rule's documentation lives online: its page {@code docs/rules/<id>.md} in the repository. */
public final class RuleDocs {

    /** The repository's web address; every docs link in every report starts with it. */
    public static final String REPOSITORY_URL = "https://github.com/copydesk/copydesk";

    /** The base that a docs page's path in the repository ({@link RuleMeta#docsPath()}) is appended to. */
    public static final String BASE_URL = REPOSITORY_URL + "/blob/main/";

    private RuleDocs() {
    }

    /** The docs link of a rule id, if the id has the form of one (ids read from a file may not). */
    public static Optional<String> url(String ruleId) {
        return RuleMeta.isValidId(ruleId) ? Optional.of(BASE_URL + "docs/rules/" + ruleId + ".md") : Optional.empty();
    }
}
