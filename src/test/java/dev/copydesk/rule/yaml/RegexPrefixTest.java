package dev.copydesk.rule.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexPrefixTest {

    @Test
    void findsTheLiteralStartOfAPattern() {
        assertThat(Regexes.literalPrefix("&(?:amp;)*nbsp;")).isEqualTo("&");
        assertThat(Regexes.literalPrefix("(?-i:\\[/?caption\\])")).isEqualTo("[");
        assertThat(Regexes.literalPrefix("\\{\\{\\s*x")).isEqualTo("{{");
        assertThat(Regexes.literalPrefix("</?p>")).isEqualTo("<");
        assertThat(Regexes.literalPrefix("%%[a-z]+%%")).isEqualTo("%%");
        assertThat(Regexes.literalPrefix("you should (?:invest|buy)")).isEqualTo("you should ");
        assertThat(Regexes.literalPrefix("401\\(k\\)")).isEqualTo("401(k)");
        assertThat(Regexes.literalPrefix("colou?r")).isEqualTo("colo");
    }

    @Test
    void givesUpWhenAMatchCouldStartOtherwise() {
        assertThat(Regexes.literalPrefix("&x|<y")).isEmpty();
        assertThat(Regexes.literalPrefix("(?:we|i) (?:may )?be compensated")).isEmpty();
        assertThat(Regexes.literalPrefix("(?:a)?b")).isEmpty();
        assertThat(Regexes.literalPrefix("(?:the)* end")).isEmpty();
        assertThat(Regexes.literalPrefix("&?x")).isEmpty();
        assertThat(Regexes.literalPrefix("[&<]x")).isEmpty();
        assertThat(Regexes.literalPrefix("\\d+")).isEmpty();
        assertThat(Regexes.literalPrefix("(a|&)")).isEmpty();
        assertThat(Regexes.literalPrefix("(?i)")).isEmpty();
    }

    @Test
    void readsALeadingClassOfPunctuation() {
        assertThat(Regexes.leadingClass("[?&](?:aff|ref)=")).isEqualTo("?&");
        assertThat(Regexes.leadingClass("[a-z]+")).isEmpty();
        assertThat(Regexes.leadingClass("[^?]x")).isEmpty();
        assertThat(Regexes.leadingClass("[?&]?x")).isEmpty();
        assertThat(Regexes.leadingClass("[?&]x|y")).isEmpty();
        assertThat(Regexes.leadingClass("x[?&]")).isEmpty();
    }

    @Test
    void prefixSearchIgnoresTheCaseOfLettersOnly() {
        assertThat(Regexes.contains("He said You Should invest", 0, 25, "you should ")).isTrue();
        assertThat(Regexes.contains("a 401(K) plan", 0, 13, "401(k)")).isTrue();
        assertThat(Regexes.contains("a 401[k) plan", 0, 13, "401(k)")).isFalse();
        assertThat(Regexes.contains("you should", 0, 10, "you should ")).isFalse();
        assertThat(Regexes.contains("xx &amp; yy", 3, 11, "&")).isTrue();
        assertThat(Regexes.contains("xx &amp; yy", 4, 11, "&")).isFalse();
    }
}
