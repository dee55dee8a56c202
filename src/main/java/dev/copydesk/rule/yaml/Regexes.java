package dev.copydesk.rule.yaml;

import dev.copydesk.config.ConfigException;
import dev.copydesk.document.Prose;
import dev.copydesk.rule.RuleTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions (Java syntax), each run on its own within a {@link TimeLimit}. With word boundaries
 * a match may not touch a letter or digit on either side.
 */
final class Regexes implements TextPattern {

    private final List<Pattern> patterns;
    private final List<Located> sources;
    /** Per pattern, what a text must have for the pattern to match in it. */
    private final RegexPrefilter[] filters;

    private Regexes(List<Pattern> patterns, List<Located> sources) {
        this.patterns = patterns;
        this.sources = sources;
        this.filters = new RegexPrefilter[sources.size()];
        for (int k = 0; k < filters.length; k++) {
            filters[k] = RegexPrefilter.of(sources.get(k).value());
        }
    }

    static Regexes of(List<Located> regexes, boolean ignoreCase, boolean wordBoundaries) throws ConfigException {
        List<Pattern> out = new ArrayList<>();
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        for (Located r : regexes) {
            String body = wordBoundaries ? "(?<![\\p{L}\\p{N}])(?:" + r.value() + ")(?![\\p{L}\\p{N}])" : r.value();
            try {
                Pattern.compile(r.value());
                out.add(Pattern.compile(body, flags));
            } catch (PatternSyntaxException e) {
                throw new ConfigException(r.location(), "invalid pattern \"" + r.value() + "\": "
                        + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
            }
        }
        return new Regexes(List.copyOf(out), List.copyOf(regexes));
    }

    /**
     * The matches {@code find()} would give, tried only where a match may start (where one of the pattern's literal
     * prefixes does) rather than at every char: the engine's own scan tries every alternative at every position.
     */
    private static void findAtStarts(Matcher m, RegexPrefilter.Starts starts, int from, int to, int key,
            List<Match> out) {
        int at = from;
        while (at < to) {
            int p = starts.next(at);
            if (p < 0) {
                return;
            }
            m.region(p, to);
            if (m.lookingAt() && m.end() > m.start()) {
                out.add(new Match(m.start(), m.end(), key));
                at = m.end();
            } else {
                at = p + 1;
            }
        }
    }

    @Override
    public int size() {
        return patterns.size();
    }

    @Override
    public void find(CharSequence text, int from, int to, TimeLimit limit, List<Match> out) {
        find(text, null, from, to, limit, out);
    }

    @Override
    public void find(Prose prose, int from, int to, TimeLimit limit, List<Match> out) {
        find(prose.text(), prose, from, to, limit, out);
    }

    /**
     * Finds in {@code text}, a prose's text when {@code prose} is given: then its char-pair summary, made once and
     * only for a pattern that may match anywhere, skips the text quickly.
     */
    private void find(CharSequence text, Prose prose, int from, int to, TimeLimit limit, List<Match> out) {
        for (int k = 0; k < patterns.size(); k++) {
            CharPairs pairs = prose == null || filters[k].anchored() || prose.length() < CharPairs.MIN_LENGTH ? null
                    : prose.derived(CharPairs.class, t -> new CharPairs(prose.chars()));
            if (!filters[k].mayMatch(text, pairs, from, to)) {
                continue;
            }
            Matcher m = patterns.get(k).matcher(limit.guard(text, from, to));
            m.useTransparentBounds(true);
            RegexPrefilter f = filters[k];
            try {
                if (f.anchored()) {
                    m.region(from, to);
                    if (m.lookingAt() && m.end() > m.start()) {
                        out.add(new Match(m.start(), m.end(), k));
                    }
                } else if (f.triedAtStarts()) {
                    findAtStarts(m, f.starts(text, to), from, to, k, out);
                } else {
                    m.region(from, to);
                    while (m.find()) {
                        if (m.end() > m.start()) {
                            out.add(new Match(m.start(), m.end(), k));
                        }
                    }
                }
            } catch (TimeLimit.Expired e) {
                Located src = sources.get(k);
                throw new RuleTimeoutException(src.location() + ": pattern \"" + src.value() + "\" ran for more than "
                        + limit.allowed(to - from).toMillis() + " ms on one text and was stopped; simplify it (nested "
                        + "repetition such as (a+)+ backtracks without end)");
            }
        }
    }
}
