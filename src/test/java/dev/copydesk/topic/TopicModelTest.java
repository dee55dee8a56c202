package dev.copydesk.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Location;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicModelTest {

    private static final TopicModel SHIPPED = shipped();

    private static TopicModel shipped() {
        try {
            return TopicModel.compile(Lexicons.shipped(), new Stemmer());
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String top(String text, String... context) {
        return SHIPPED.profile(text, List.of(context)).top().map(TopicScore::id).orElse("(unknown)");
    }

    @Test
    void stemsFoldInflectionsOntoLexiconWords() {
        Stemmer s = new Stemmer();
        assertThat(s.stems("Lawns, feeding and therapies")).containsExactly("lawn", "feed", "and", "therapy");
        assertThat(s.stems("Scott's weed-and-feed")).containsExactly("scott", "weed", "and", "feed");
        List<String> dogs = SHIPPED.tokens("dogs smoking puppies").stream().map(Token::stem).toList();
        assertThat(dogs).containsExactly("dog", "smoke", "puppy");
    }

    @Test
    void tokensKeepWhereTheWordsAre() {
        assertThat(SHIPPED.tokens("Weed-and-Feed!")).containsExactly(new Token("weed", 0, 4), new Token("and", 5, 8),
                new Token("feed", 9, 13));
    }

    @Test
    void theLongestTermWinsAndItsWordsCountOnce() {
        TopicProfile p = SHIPPED.profile("When to apply Scotts Weed and Feed");
        assertThat(p.top().orElseThrow().id()).isEqualTo("lawn-garden");
        assertThat(p.top().orElseThrow().terms()).extracting(TermHit::term).containsExactly("scotts", "weed and feed");
        assertThat(p.top().orElseThrow().terms()).extracting(TermHit::text).containsExactly("Scotts", "Weed and Feed");
        assertThat(p.score("substance-use")).isZero();
    }

    @Test
    void sensesFollowTheirCues() {
        assertThat(top("How to cure a weed hangover")).isEqualTo("substance-use");
        assertThat(top("The best weed killer for lawns")).isEqualTo("lawn-garden");
        assertThat(top("Pulling weeds by the root")).isEqualTo("lawn-garden");
        assertThat(top("Learn Python in a weekend: a beginner's guide to coding")).isEqualTo("technology");
        assertThat(top("Choosing a ball python as your first pet snake")).isEqualTo("pets");
        assertThat(top("How to make chicken stock from leftover bones")).isEqualTo("food-recipes");
        assertThat(top("Stock market today: shares slide")).isEqualTo("personal-finance");
    }

    @Test
    void withoutACueAnAmbiguousWordFollowsTheContextOrCountsForNothing() {
        String text = "The status of weed in Philadelphia";
        assertThat(SHIPPED.profile(text).score("substance-use")).isZero();
        assertThat(SHIPPED.profile(text).score("lawn-garden")).isZero();
        assertThat(SHIPPED.profile(text, List.of("substance-use")).score("substance-use")).isEqualTo(3);
        // A word some lexicon claims outright is not read by context: "windows" here is home improvement.
        TopicProfile p = SHIPPED.profile("How to replace drafty windows", List.of("technology"));
        assertThat(p.score("technology")).isZero();
        assertThat(p.top().orElseThrow().id()).isEqualTo("home-improvement");
    }

    @Test
    void textWithNoLexiconTermHasAnEmptyProfile() {
        assertThat(SHIPPED.profile("Ten things we learned this week").isEmpty()).isTrue();
        assertThat(SHIPPED.profile("").top()).isEmpty();
    }

    @Test
    void repeatedTermsCountLessEachTime() {
        double once = SHIPPED.profile("lawn").score("lawn-garden");
        double many = SHIPPED.profile("lawn lawn lawn lawn").score("lawn-garden");
        assertThat(once).isEqualTo(3);
        assertThat(many).isGreaterThan(once).isLessThan(4 * once);
    }

    @Test
    void mainTopicsAreStrongAndCloseToTheStrongest() {
        TopicModel.Builder b = SHIPPED.builder();
        b.add("Ketamine therapy for depression and anxiety", 3);
        b.add("Patients are assessed by a mental health professional before treatment.", 1);
        List<TopicScore> main = b.build(Set.of()).main(4, 0.25, 4);
        assertThat(main).extracting(TopicScore::id).contains("mental-health");
        assertThat(main).extracting(TopicScore::id).doesNotContain("lawn-garden");
    }

    @Test
    void aUserLexiconReplacesTheShippedOneWithItsId() throws ConfigException {
        Lexicon mine = new Lexicon("lawn-garden", "lawns", List.of(), Map.of("turf", 3.0), Map.of(),
                new Location("topics/lawn-garden.yaml", 1, 1));
        TopicModel m = TopicModel.compile(Lexicons.merge(Lexicons.shipped(), List.of(mine)), new Stemmer());
        assertThat(m.profile("lawn").score("lawn-garden")).isZero();
        assertThat(m.profile("New turf").top().orElseThrow().label()).isEqualTo("lawns");
        assertThat(m.topics()).hasSize(Lexicons.shippedIds().size());
    }

    @Test
    void anUnknownRelatedTopicIsAnErrorAtTheLexicon() {
        Lexicon bad = new Lexicon("boats", "boating", List.of("sailing"), Map.of("sail", 3.0), Map.of(),
                new Location("topics/boats.yaml", 1, 1));
        try {
            TopicModel.compile(List.of(bad), new Stemmer());
            throw new AssertionError("no error");
        } catch (ConfigException e) {
            assertThat(e.oneLine()).startsWith("topics/boats.yaml:1:1: topic boats names an unknown related topic "
                    + "\"sailing\"");
        }
    }
}
