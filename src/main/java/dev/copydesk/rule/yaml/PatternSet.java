package dev.copydesk.rule.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Terms and regular expressions together. Keys number the terms first, then the patterns. Matches come back in text
 * order; where two overlap, the earlier (then the longer) one wins.
 */
final class PatternSet implements TextPattern {

    private static final Comparator<Match> ORDER = Comparator.comparingInt(Match::start)
            .thenComparing(Comparator.comparingInt(Match::end).reversed());

    private final TextPattern terms;
    private final TextPattern regexes;

    PatternSet(TextPattern terms, TextPattern regexes) {
        this.terms = terms;
        this.regexes = regexes;
    }

    @Override
    public int size() {
        return (terms == null ? 0 : terms.size()) + (regexes == null ? 0 : regexes.size());
    }

    @Override
    public void find(CharSequence text, int from, int to, TimeLimit limit, List<Match> out) {
        if (regexes == null || regexes.size() == 0) {
            if (terms != null) {
                terms.find(text, from, to, limit, out);
            }
            return;
        }
        List<Match> all = new ArrayList<>();
        if (terms != null) {
            terms.find(text, from, to, limit, all);
        }
        int offset = terms == null ? 0 : terms.size();
        List<Match> rx = new ArrayList<>();
        regexes.find(text, from, to, limit, rx);
        for (Match m : rx) {
            all.add(new Match(m.start(), m.end(), m.key() + offset));
        }
        all.sort(ORDER);
        int lastEnd = -1;
        for (Match m : all) {
            if (m.start() >= lastEnd) {
                out.add(m);
                lastEnd = m.end();
            }
        }
    }
}
