package dev.copydesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelatedCuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Related articles", "You may also like", "Relacionadas", "Veja também",
        "Você pode gostar...", "Las más leídas", "Te puede interesar", "À lire aussi", "Sur le même sujet",
        "Das könnte Sie auch interessieren", "Mehr zum Thema", "Leggi anche", "Lees ook", "Czytaj także",
        "Baca juga", "Berita terkait", "Материалы по теме", "Читайте также", "相关阅读", "推荐阅读", "関連記事",
        "관련기사", "많이 본 칼럼"})
    void headingsThatIntroduceLinksToOtherPages(String heading) {
        assertThat(RelatedCues.isRelatedHeading(heading)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ingredients", "Preparación", "Introduction", "Zusammenfassung", "Conclusión",
        "Notícias", "Contact", "Related work on sleep was published in 2019 by a team of researchers", "新闻", "関連"})
    void otherHeadingsDoNot(String heading) {
        assertThat(RelatedCues.isRelatedHeading(heading)).isFalse();
    }
}
