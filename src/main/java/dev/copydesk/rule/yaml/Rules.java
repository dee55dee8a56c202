package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import java.util.List;
import java.util.Set;

/** Small reads shared by the rule kinds. */
final class Rules {

    private Rules() {
    }

    /** The {@code scope} key, or {@code defaults} when it is absent. */
    static Set<Scope> scopes(Keys k, Set<Scope> defaults) throws ConfigException {
        List<Located> names = k.list("scope");
        return names.isEmpty() ? defaults : Scope.parse(names, false);
    }
}
