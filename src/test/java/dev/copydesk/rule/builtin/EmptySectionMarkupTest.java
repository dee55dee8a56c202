package dev.copydesk.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as content in the raw HTML between the blocks of a section. */
class EmptySectionMarkupTest {

    @Test
    void scriptsStylesTemplatesCommentsTagsAndEntitiesAreNotContent() {
        assertThat(EmptySection.hasMarkupContent("")).isFalse();
        assertThat(EmptySection.hasMarkupContent(" <div class=x>\n</div> &nbsp; &#8217; ")).isFalse();
        assertThat(EmptySection.hasMarkupContent("<script>var s = '<p>text</p>';</script>")).isFalse();
        assertThat(EmptySection.hasMarkupContent("<STYLE type=x>p {}</style ><template><p>t</p></TEMPLATE>"))
                .isFalse();
        assertThat(EmptySection.hasMarkupContent("<!-- a comment with <p>text</p> -->")).isFalse();
    }

    @Test
    void textAndMediaAreContent() {
        assertThat(EmptySection.hasMarkupContent("<div>An author card</div>")).isTrue();
        assertThat(EmptySection.hasMarkupContent("<script>x</script> after")).isTrue();
        assertThat(EmptySection.hasMarkupContent("<figure class=gallery></figure>")).isTrue();
        assertThat(EmptySection.hasMarkupContent("<IMG src=a.png>")).isTrue();
        assertThat(EmptySection.hasMarkupContent("<scripts-like>x")).isTrue();
        assertThat(EmptySection.hasMarkupContent("a < b")).isTrue();
        assertThat(EmptySection.hasMarkupContent("&amp")).isTrue();
    }

    @Test
    void unclosedCommentsAndScriptsRunToTheEnd() {
        assertThat(EmptySection.hasMarkupContent("<!-- never closed <p>text")).isFalse();
        assertThat(EmptySection.hasMarkupContent("<script>never closed <p>text")).isFalse();
        assertThat(EmptySection.hasMarkupContent("<!-- x ".repeat(100_000))).isFalse();
        assertThat(EmptySection.hasMarkupContent("<".repeat(100_000))).isTrue();
    }
}
