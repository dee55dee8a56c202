package dev.copydesk.rule.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RegexPrefixTest {

    @Test
    void findsTheLiteralStartOfAPattern() {
        assertThat(RegexPrefilter.literalPrefix("&(?:amp;)*nbsp;")).isEqualTo("&");
        assertThat(RegexPrefilter.literalPrefix("(?-i:\\[/?caption\\])")).isEqualTo("[");
        assertThat(RegexPrefilter.literalPrefix("\\{\\{\\s*x")).isEqualTo("{{");
        assertThat(RegexPrefilter.literalPrefix("</?p>")).isEqualTo("<");
        assertThat(RegexPrefilter.literalPrefix("%%[a-z]+%%")).isEqualTo("%%");
        assertThat(RegexPrefilter.literalPrefix("you should (?:invest|buy)")).isEqualTo("you should ");
        assertThat(RegexPrefilter.literalPrefix("401\\(k\\)")).isEqualTo("401(k)");
        assertThat(RegexPrefilter.literalPrefix("colou?r")).isEqualTo("colo");
    }

    @Test
    void givesUpWhenAMatchCouldStartOtherwise() {
        assertThat(RegexPrefilter.literalPrefix("&x|<y")).isEmpty();
        assertThat(RegexPrefilter.literalPrefix("(?:we|i) (?:may )?be compensated")).isEmpty();
        assertThat(RegexPrefilter.literalPrefix("(?:a)?b")).isEmpty();
        assertThat(RegexPrefilter.literalPrefix("(?:the)* end")).isEmpty();
        assertThat(RegexPrefilter.literalPrefix("&?x")).isEmpty();
        assertThat(RegexPrefilter.literalPrefix("[&<]x")).isEmpty();
        assertThat(RegexPrefilter.literalPrefix("\\d+")).isEmpty();
        assertThat(RegexPrefilter.literalPrefix("(a|&)")).isEmpty();
        assertThat(RegexPrefilter.literalPrefix("(?i)")).isEmpty();
    }

    @Test
    void readsALeadingClassOfPunctuation() {
        assertThat(RegexPrefilter.leadingClass("[?&](?:aff|ref)=")).isEqualTo("?&");
        assertThat(RegexPrefilter.leadingClass("[a-z]+")).isEmpty();
        assertThat(RegexPrefilter.leadingClass("[^?]x")).isEmpty();
        assertThat(RegexPrefilter.leadingClass("[?&]?x")).isEmpty();
        assertThat(RegexPrefilter.leadingClass("[?&]x|y")).isEmpty();
        assertThat(RegexPrefilter.leadingClass("x[?&]")).isEmpty();
    }

    @Test
    void prefixSearchIgnoresTheCaseOfLettersOnly() {
        assertThat(RegexPrefilter.indexOf("He said You Should invest", 0, 25, "you should ")).isNotNegative();
        assertThat(RegexPrefilter.indexOf("a 401(K) plan", 0, 13, "401(k)")).isNotNegative();
        assertThat(RegexPrefilter.indexOf("a 401[k) plan", 0, 13, "401(k)")).isNegative();
        assertThat(RegexPrefilter.indexOf("you should", 0, 10, "you should ")).isNegative();
        assertThat(RegexPrefilter.indexOf("xx &amp; yy", 3, 11, "&")).isEqualTo(3);
        assertThat(RegexPrefilter.indexOf("xx &amp; yy", 4, 11, "&")).isNegative();
    }

    @Test
    void prefixSearchJumpsBetweenItsRarestCharWithinTheRange() {
        assertThat(RegexPrefilter.rarest("rel=")).isEqualTo(3);
        assertThat(RegexPrefilter.rarest("we")).isEqualTo(0);
        assertThat(RegexPrefilter.rarest("the quiz")).isEqualTo(7);
        String text = "rel red rel=x Rel=y";
        assertThat(RegexPrefilter.indexOf(text, 0, text.length(), "rel=")).isEqualTo(8);
        assertThat(RegexPrefilter.indexOf(text, 9, text.length(), "rel=")).isEqualTo(14);
        // A prefix ending past the range does not count, nor one starting before it.
        assertThat(RegexPrefilter.indexOf(text, 0, 11, "rel=")).isEqualTo(-1);
        assertThat(RegexPrefilter.indexOf(text, 9, 15, "rel=")).isEqualTo(-1);
        assertThat(RegexPrefilter.indexOf(text, 0, 12, "rel=")).isEqualTo(8);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void walkingTheStartsOfALongTextReadsItOnce() {
        // 300,000 places in 3.3 MB, searched in a range that ends before the text does (as a sentence's does), the
        // prefix's rarest char ("p") in upper case only near the end. Looking for the upper case again from each
        // place read the rest of the range each time: over a minute, where one pass takes milliseconds.
        String text = "http://a.b ".repeat(300_000) + "HTTP://C.D and more";
        int to = text.length() - " and more".length();
        RegexPrefilter.Starts starts = RegexPrefilter.of("https?://[\\w.]+").starts(text, to);
        int count = 0;
        int last = -1;
        for (int at = starts.next(0); at >= 0; at = starts.next(at + 1)) {
            count++;
            last = at;
        }
        assertThat(count).isEqualTo(300_001);
        assertThat(last).isEqualTo(to - 10);
    }

    @Test
    void takesEachAlternativeOfALeadingGroup() {
        assertThat(RegexPrefilter.prefixes("(?:Print|Email) this (?:article|page)$")).containsExactly("Print", "Email");
        assertThat(RegexPrefilter.prefixes("(?:we|i) (?:may )?be compensated")).containsExactly("we", "i");
        assertThat(RegexPrefilter.prefixes("you should (?:invest|buy)")).containsExactly("you should ");
        assertThat(RegexPrefilter.prefixes("(?:Print|\\w+) this")).isEmpty();
        assertThat(RegexPrefilter.prefixes("(?:Print|Email)? this")).isEmpty();
        assertThat(RegexPrefilter.prefixes("(?=Print)P")).isEmpty();
    }

    @Test
    void aLeadingCaretMeansTheTextMustStartWithThePrefix() {
        RegexPrefilter share = RegexPrefilter.of("^Share (?:this|on)$");
        assertThat(share.mayMatch("share this", null, 0, 10)).isTrue();
        assertThat(share.mayMatch("Please Share this", null, 0, 17)).isFalse();
        assertThat(share.mayMatch("Please Share this", null, 7, 17)).isTrue();
        RegexPrefilter either = RegexPrefilter.of("^(?:Print|Email) this$");
        assertThat(either.mayMatch("Email this", null, 0, 10)).isTrue();
        assertThat(either.mayMatch("Fax this", null, 0, 8)).isFalse();
        // In multi-line mode ^ also matches after a line break: the prefix may be anywhere.
        assertThat(RegexPrefilter.of("(?m)^Share").mayMatch("x\nShare", null, 0, 7)).isTrue();
    }

    @Test
    void prefilterNeverRejectsATextTheRegexMatches() {
        List<String> regexes = List.of("^Share (?:this|on)$", "(?:we|i) (?:may )?be compensated",
                "(?:Print|Email) this", "&(?:amp;)*nbsp;", "[?&]aff=", "(?-i:\\[/?caption\\])", "colou?r",
                "(?i)^like this:?$");
        List<String> texts = List.of("Share this", "I may be compensated", "We be compensated", "email this",
                "a &amp;amp;nbsp; b", "x?aff=1", "[/caption]", "color colour", "LIKE THIS", "nothing here");
        for (String regex : regexes) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex,
                    java.util.regex.Pattern.CASE_INSENSITIVE);
            RegexPrefilter f = RegexPrefilter.of(regex);
            for (String t : texts) {
                if (p.matcher(t).find()) {
                    assertThat(f.mayMatch(t, new CharPairs(t.toCharArray()), 0, t.length())).as(regex + " on " + t).isTrue();
                }
            }
        }
    }
}
