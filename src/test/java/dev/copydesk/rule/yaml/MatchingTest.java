package dev.copydesk.rule.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Location;
import dev.copydesk.rule.RuleTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Term and pattern matching: word tokens, exact characters, regexes and their deadline. */
class MatchingTest {

    private static final Location AT = new Location("r.yaml", 3, 5);

    private static List<Located> terms(String... s) {
        List<Located> out = new ArrayList<>();
        for (String t : s) {
            out.add(new Located(t, AT));
        }
        return out;
    }

    private static List<String> find(TextPattern p, String text) {
        List<Match> out = new ArrayList<>();
        p.find(text, 0, text.length(), new TimeLimit(Duration.ofSeconds(5)), out);
        return out.stream().map(m -> text.substring(m.start(), m.end()) + "@" + m.start() + "#" + m.key()).toList();
    }

    @Test
    void wordTermsMatchWholeWordsLongestFirst() throws ConfigException {
        TextPattern t = WordTerms.of(terms("dive", "deep dive", "deep dive into", "its"), true);
        assertThat(find(t, "A deep dive into it. A deep-dive. Deep  dive. Dive-bar. Sky-dive. It's its."))
                .containsExactly("deep dive into@2#2", "deep-dive@23#1", "Deep  dive@34#1", "its@71#3");
    }

    @Test
    void wordTermsNeedOnlySpacesOrAHyphenBetweenWords() throws ConfigException {
        TextPattern t = WordTerms.of(terms("game changer", "it's crucial to"), true);
        assertThat(find(t, "A game, changer. A game–changer. A game-changer. IT’S CRUCIAL TO act."))
                .containsExactly("game-changer@35#0", "IT’S CRUCIAL TO@49#1");
    }

    @Test
    void wordTermsRespectCase() throws ConfigException {
        TextPattern t = WordTerms.of(terms("Apple"), false);
        assertThat(find(t, "Apple, apple, APPLE.")).containsExactly("Apple@0#0");
    }

    @Test
    void wordTermsTellApartWordsWithTheSameHash() throws ConfigException {
        // "Aa" and "BB" hash alike; each must still lead to its own term, and neither to the other's.
        TextPattern t = WordTerms.of(terms("Aa test", "BB test", "BB"), false);
        assertThat(find(t, "BB test. Aa test. Aa. BB rest.")).containsExactly("BB test@0#1", "Aa test@9#0", "BB@22#2");
        TextPattern folded = WordTerms.of(terms("naïve take", "café"), true);
        assertThat(find(folded, "A NAÏVE take at the CAFÉ.")).containsExactly("NAÏVE take@2#0", "CAFÉ@20#1");
    }

    @Test
    void termsWithPunctuationAreRejected() {
        assertThatThrownBy(() -> WordTerms.of(terms("e.g."), true)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("term \"e.g.\" contains \".\"");
        assertThatThrownBy(() -> WordTerms.of(terms("--"), true)).hasMessage("term \"--\" has no words");
    }

    @Test
    void charTermsMatchAnywhereLongestFirst() throws ConfigException {
        TextPattern t = CharTerms.of(terms("â€", "â€™", "Ã©"), false);
        assertThat(find(t, "Itâ€™s a cafÃ©â€")).containsExactly("â€™@2#1", "Ã©@12#2", "â€@14#0");
    }

    @Test
    void regexesCanHaveWordBoundaries() throws ConfigException {
        assertThat(find(Regexes.of(terms("cat"), true, true), "cat concat Cat cats")).containsExactly("cat@0#0",
                "Cat@11#0");
        assertThat(find(Regexes.of(terms("cat"), false, false), "cat concat Cat")).containsExactly("cat@0#0",
                "cat@7#0");
    }

    @Test
    void patternSetsMergeTermsAndRegexesWithoutOverlaps() throws ConfigException {
        PatternSet s = new PatternSet(WordTerms.of(terms("new york"), true), Regexes.of(terms("york \\w+"), true,
                true));
        assertThat(find(s, "New York city and york minster")).containsExactly("New York@0#0", "york minster@18#1");
    }

    @Test
    void aCatastrophicRegexIsStoppedAtTheDeadlineWithItsLocation() throws ConfigException {
        Regexes r = Regexes.of(List.of(new Located("((a+)+)+c", AT)), false, false);
        String text = "a".repeat(40) + "!";
        long start = System.nanoTime();
        assertThatThrownBy(() -> r.find(text, 0, text.length(), new TimeLimit(Duration.ofMillis(100)),
                new ArrayList<>()))
                .isInstanceOf(RuleTimeoutException.class)
                .hasMessage("r.yaml:3:5: pattern \"((a+)+)+c\" ran for more than 100 ms on one text and was stopped; "
                        + "simplify it (nested repetition such as (a+)+ backtracks without end)");
        assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(10).toNanos());
    }

    @Test
    void regexesTriedOnlyWhereTheirPrefixStartsFindWhatAFullScanFinds() {
        List<String> regexes = List.of("(?:for|is for|intended for) (?:general )?(?:informational|educational) purposes",
                "(?:is|are) not (?:professional )?medical advice", "not\\b[^.!?]{0,40}?\\b(?:substitute|replacement) for",
                "^(?:Print|Email) this (?:article|page)$", "(?:consult|talk|discuss\\b[^.!?]{0,20}?)\\s+with", "aa",
                "a(?:a|b)", "(?m)^Share this", "^(?m)Share this", "^(?m)(?:Print|Email) this");
        List<String> texts = List.of("This is for informational purposes, and IS FOR general educational purposes.",
                "It is not medical advice; they are not professional medical advice. Is not medical advice",
                "This is not a substitute for care, and not, in any way, a replacement for a doctor.",
                "Email this page", "Print this article now", "Talk it over and discuss the plan with care with",
                "aaaaab aab ab", "Discuss this with, consult   with", "Do Share this\nShare this\nor email this");
        for (boolean wordBoundaries : List.of(true, false)) {
            for (String regex : regexes) {
                Regexes r;
                try {
                    r = Regexes.of(List.of(new Located(regex, AT)), true, wordBoundaries);
                } catch (ConfigException e) {
                    throw new AssertionError(e);
                }
                Pattern p = Pattern.compile(wordBoundaries
                        ? "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])" : regex,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                for (String t : texts) {
                    for (int from : new int[] {0, 3}) {
                        List<Match> got = new ArrayList<>();
                        r.find(t, from, t.length(), new TimeLimit(Duration.ofSeconds(5)), got);
                        List<Match> want = new ArrayList<>();
                        Matcher m = p.matcher(t).region(from, t.length()).useTransparentBounds(true);
                        while (m.find()) {
                            if (m.end() > m.start()) {
                                want.add(new Match(m.start(), m.end(), 0));
                            }
                        }
                        assertThat(got).as(regex + " in " + t + " from " + from).isEqualTo(want);
                    }
                }
            }
        }
    }
}
