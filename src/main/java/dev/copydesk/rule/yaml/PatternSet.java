package dev.copydesk.rule.yaml;

import dev.copydesk.document.Prose;
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

    private void findTerms(CharSequence text, Prose prose, int from, int to, TimeLimit limit, List<Match> out) {
        if (prose != null) {
            terms.find(prose, from, to, limit, out);
        } else {
            terms.find(text, from, to, limit, out);
        }
    }

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
        find(text, null, from, to, limit, out);
    }

    @Override
    public void find(Prose prose, int from, int to, TimeLimit limit, List<Match> out) {
        find(prose.text(), prose, from, to, limit, out);
    }

    /** Finds in {@code prose} when given (sharing its analyses), else in {@code text}. */
    private void find(CharSequence text, Prose prose, int from, int to, TimeLimit limit, List<Match> out) {
        if (regexes == null || regexes.size() == 0) {
            if (terms != null) {
                findTerms(text, prose, from, to, limit, out);
            }
            return;
        }
        List<Match> all = new ArrayList<>();
        if (terms != null) {
            findTerms(text, prose, from, to, limit, all);
        }
        int offset = terms == null ? 0 : terms.size();
        List<Match> rx = new ArrayList<>();
        if (prose != null) {
            regexes.find(prose, from, to, limit, rx);
        } else {
            regexes.find(text, from, to, limit, rx);
        }
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
