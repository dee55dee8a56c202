package dev.copydesk.rule.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.GrammarSettings;
import dev.copydesk.config.Vocabulary;
import dev.copydesk.document.Document;
import dev.copydesk.source.SourceFile;
import dev.copydesk.testing.Lint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What LanguageTool's matches become: exact offsets through markup, filtering, budget and language. */
class GrammarEngineTest {

    private static final GrammarService SHARED = Lint.GRAMMAR;

    private static List<String> matches(GrammarService service, GrammarSettings settings, Vocabulary vocabulary,
            String name, String text) {
        Document d = Lint.parse(new SourceFile(name, text));
        List<String> out = new ArrayList<>();
        for (GrammarEngine.Checked c : service.engine(settings, vocabulary).orElseThrow().check(d)) {
            for (GrammarMatch m : c.matches()) {
                out.add(m.rule() + " " + c.segment().text().substring(m.from(), m.to()) + " @" + m.from());
            }
        }
        return out;
    }

    private static List<String> matches(String name, String text) {
        return matches(SHARED, GrammarSettings.DEFAULT, Vocabulary.EMPTY, name, text);
    }

    @Test
    void offsetsAfterMarkupCountTheOriginalCharacters() {
        // Inline code and a URL are sent as markup read as short placeholders; the offsets must still be the
        // offsets of the prose text, so the misspelling after them is found where it is.
        String text = "<p>Run <code>some --very-long --command</code> at https://example.com/a/b/c/d/e and recieve "
                + "it.</p>";
        String prose = "Run some --very-long --command at https://example.com/a/b/c/d/e and recieve it.";
        assertThat(matches("a.html", text)).containsExactly("MORFOLOGIK_RULE_EN_US recieve @"
                + prose.indexOf("recieve"));
    }

    @Test
    void grammarAndSpellingMatchesCarryRuleAndCategory() {
        Document d = Lint.parse(new SourceFile("a.txt", "It was a honest mistake to recieve it.\n"));
        List<GrammarMatch> ms = SHARED.engine(GrammarSettings.DEFAULT, Vocabulary.EMPTY).orElseThrow().check(d)
                .get(0).matches();
        assertThat(ms).extracting(GrammarMatch::rule, GrammarMatch::category, GrammarMatch::spelling)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EN_A_VS_AN", "MISC", false),
                        org.assertj.core.groups.Tuple.tuple("MORFOLOGIK_RULE_EN_US", "TYPOS", true));
        assertThat(ms.get(0).replacements()).containsExactly("an");
        assertThat(ms.get(1).replacements()).startsWith("receive").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void acceptedWordsAndCodeLikeTokensAreNotSpellingMatches() {
        String text = "Quillmate helps, and quillmate too. Call fetchData or console.log from Quillmates.\n";
        assertThat(matches("a.txt", text)).extracting(s -> s.split(" ")[1])
                .containsExactly("Quillmate", "quillmate", "Quillmates");
        Vocabulary v = new Vocabulary(List.of("Quillmate", "quillmate"), List.of());
        assertThat(matches(SHARED, GrammarSettings.DEFAULT, v, "a.txt", text)).extracting(s -> s.split(" ")[1])
                .containsExactly("Quillmates");
    }

    @Test
    void aParagraphOfMostlyUnknownWordsIsOneSpellingMatch() {
        String lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.";
        Document d = Lint.parse(new SourceFile("a.txt", "A recieve here.\n\n" + lorem + "\n"));
        List<GrammarEngine.Checked> checked = SHARED.engine(GrammarSettings.DEFAULT, Vocabulary.EMPTY).orElseThrow()
                .check(d);
        assertThat(checked.get(0).matches()).extracting(GrammarMatch::message)
                .containsExactly("Possible spelling mistake: \"recieve\".");
        assertThat(checked.get(1).matches()).singleElement().satisfies(m -> {
            assertThat(m.from()).isZero();
            assertThat(m.to()).isEqualTo(lorem.length());
            assertThat(m.spelling()).isTrue();
            assertThat(m.message()).startsWith("Most words here (7 of 13) are not in the en-US "
                    + "dictionary");
        });
    }

    @Test
    void sentenceRulesAreNotAppliedToFragments() {
        String html = "<article><h1>garden notes</h1><p>lowercase start in a paragraph.</p>"
                + "<ul><li>lowercase list item here</li></ul></article>";
        assertThat(matches("a.html", html)).containsExactly("UPPERCASE_SENTENCE_START lowercase @0");
    }

    @Test
    void categoriesAndRulesFollowTheSettings() {
        String text = "It was a honest mistake to recieve it.\n";
        GrammarSettings typosOnly = GrammarSettings.of(true, "en-US", List.of("TYPOS"), List.of(), List.of(),
                GrammarSettings.DEFAULT_MAX_CHARACTERS);
        assertThat(matches(SHARED, typosOnly, Vocabulary.EMPTY, "a.txt", text))
                .containsExactly("MORFOLOGIK_RULE_EN_US recieve @27");
        GrammarSettings noAn = GrammarSettings.of(true, "en-US", List.of(), List.of("EN_A_VS_AN"), List.of(),
                GrammarSettings.DEFAULT_MAX_CHARACTERS);
        assertThat(matches(SHARED, noAn, Vocabulary.EMPTY, "a.txt", text))
                .containsExactly("MORFOLOGIK_RULE_EN_US recieve @27");
    }

    @Test
    void theLanguageVariantDecidesSpelling() {
        String text = "The colour of the centre was nice, said the organization.\n";
        assertThat(matches("a.txt", text)).extracting(s -> s.split(" ")[1]).containsExactly("colour", "centre");
        GrammarSettings british = GrammarSettings.of(true, "en-GB", List.of(), List.of(), List.of(),
                GrammarSettings.DEFAULT_MAX_CHARACTERS);
        assertThat(matches(SHARED, british, Vocabulary.EMPTY, "a.txt", text)).isEmpty();
    }

    @Test
    void aDocumentOverTheBudgetIsCheckedUpToItWithANoticeNamingTheFile() {
        List<String> warnings = new ArrayList<>();
        GrammarService service = new GrammarService(GrammarService.Mode.ON, Optional.empty(), line -> { },
                warnings::add);
        GrammarSettings small = GrammarSettings.of(true, "en-US", List.of(), List.of(), List.of(), 60);
        String text = "The first paragraph has one recieve in it.\n\nThe second one has a teh.\n";
        assertThat(matches(service, small, Vocabulary.EMPTY, "big.txt", text))
                .containsExactly("MORFOLOGIK_RULE_EN_US recieve @28");
        assertThat(warnings).containsExactly("big.txt: grammar and spelling checked only the first 42 of 67 "
                + "characters of prose (grammar maxCharacters is 60)");
    }

    @Test
    void aParagraphOverTheBudgetIsCheckedUpToItsLastWholeSentenceWithin() {
        List<String> warnings = new ArrayList<>();
        GrammarService service = new GrammarService(GrammarService.Mode.ON, Optional.empty(), line -> { },
                warnings::add);
        GrammarSettings small = GrammarSettings.of(true, "en-US", List.of(), List.of(), List.of(), 80);
        // 42 chars, then 48 of which the first sentence (29) fits in what is left of the 80 and the second does not.
        String text = "The first paragraph has one recieve in it.\n\nThe second has a recieve too. Then it has a teh.\n";
        assertThat(matches(service, small, Vocabulary.EMPTY, "big.txt", text))
                .containsExactly("MORFOLOGIK_RULE_EN_US recieve @28", "MORFOLOGIK_RULE_EN_US recieve @17");
        assertThat(warnings).containsExactly("big.txt: grammar and spelling checked only the first 71 of 90 "
                + "characters of prose (grammar maxCharacters is 80)");
    }

    @Test
    void documentsDeclaredInAnotherLanguageAreSkippedWithOneNotice() {
        List<String> warnings = new ArrayList<>();
        GrammarService service = new GrammarService(GrammarService.Mode.ON, Optional.empty(), line -> { },
                warnings::add);
        String fr = "<html lang=\"fr\"><body><article><p>Le chat est sur la table.</p></article></body></html>";
        assertThat(matches(service, GrammarSettings.DEFAULT, Vocabulary.EMPTY, "fr.html", fr)).isEmpty();
        assertThat(matches(service, GrammarSettings.DEFAULT, Vocabulary.EMPTY, "en.html",
                fr.replace("\"fr\"", "\"en-GB\""))).isNotEmpty();
        service.close();
        assertThat(warnings).containsExactly("grammar and spelling not checked in 1 file declared in a language "
                + "other than English: fr.html (fr)");
    }

    @Test
    void anOffServiceGivesNoEngine() {
        assertThat(GrammarService.off().engine(GrammarSettings.DEFAULT, Vocabulary.EMPTY)).isEmpty();
        GrammarService byConfig = new GrammarService(GrammarService.Mode.CONFIG, Optional.empty(), l -> { }, l -> { });
        assertThat(byConfig.engine(GrammarSettings.DEFAULT.withEnabled(false), Vocabulary.EMPTY)).isEmpty();
        GrammarService forced = new GrammarService(GrammarService.Mode.ON, Optional.empty(), l -> { }, l -> { });
        assertThat(forced.engine(GrammarSettings.DEFAULT.withEnabled(false), Vocabulary.EMPTY)).isPresent();
        assertThat(byConfig.engine(GrammarSettings.DEFAULT, Vocabulary.EMPTY))
                .containsSame(byConfig.engine(GrammarSettings.DEFAULT, Vocabulary.EMPTY).orElseThrow());
    }

    @Test
    void aDocumentThatDeclaresItsEnglishIsCheckedInIt() {
        String page = "<html lang=\"%s\"><body><p>The colour of the sky is a favourite subject.</p></body></html>";
        assertThat(matches("a.html", page.formatted("en-GB"))).isEmpty();
        assertThat(matches("a.html", page.formatted("en_gb"))).isEmpty();
        assertThat(matches("a.html", page.formatted("en-US"))).extracting(s -> s.split(" ")[1])
                .containsExactly("colour", "favourite");
        assertThat(matches("a.html", page.formatted("en"))).extracting(s -> s.split(" ")[1])
                .containsExactly("colour", "favourite");
        assertThat(matches("a.md", "---\nlang: en-GB\n---\n\nThe colour of the sky.\n")).isEmpty();
        // A British site's American article is checked in American English.
        GrammarSettings british = GrammarSettings.DEFAULT.withLanguage("en-GB");
        assertThat(matches(SHARED, british, Vocabulary.EMPTY, "a.html",
                page.formatted("en-US").replace("colour", "color").replace("favourite", "favorite"))).isEmpty();
        assertThat(matches(SHARED, british, Vocabulary.EMPTY, "a.md", "The color of the sky.\n"))
                .singleElement().asString().startsWith("MORFOLOGIK_RULE_EN_GB color");
    }
}
