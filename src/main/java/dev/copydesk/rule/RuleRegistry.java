package dev.copydesk.rule;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The rules a run knows, by id, in id order. */
public final class RuleRegistry {

    private final Map<String, RuleProvider> providers;

    public RuleRegistry(List<RuleProvider> providers) {
        Map<String, RuleProvider> m = new TreeMap<>();
        for (RuleProvider p : providers) {
            if (m.put(p.meta().id(), p) != null) {
                throw new IllegalArgumentException("duplicate rule id " + p.meta().id());
            }
        }
        this.providers = Collections.unmodifiableMap(m);
    }

    public Optional<RuleProvider> get(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /** Every rule, in id order. */
    public Collection<RuleProvider> all() {
        return providers.values();
    }

    public boolean contains(String id) {
        return providers.containsKey(id);
    }
}
