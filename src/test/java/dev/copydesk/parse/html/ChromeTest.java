package dev.copydesk.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChromeTest {

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="post-share">x</div>                  | PERIPHERAL
            <div class="shadow">x</div>                      | NONE
            <div class="ad-slot">x</div>                     | PERIPHERAL
            <div class="header-add">x</div>                  | NONE
            <div class="sr-only">Skip</div>                  | PERIPHERAL
            <div class="site header">x</div>                 | NONE
            <div class="site-header">x</div>                 | STRUCTURAL
            <div class="article-header">x</div>              | NONE
            <ul class="menu">x</ul>                          | STRUCTURAL
            <div id="cookie-notice">x</div>                  | STRUCTURAL
            <ol class="breadcrumbs">x</ol>                   | STRUCTURAL
            <section id="comments">x</section>               | STRUCTURAL
            <ol class="comment-list">x</ol>                  | STRUCTURAL
            <article class="post comments-open">x</article>  | NONE
            <div class="has-comments">x</div>                | NONE
            <div role="navigation">x</div>                   | STRUCTURAL
            <div role="Banner">x</div>                       | STRUCTURAL
            <nav>x</nav>                                     | STRUCTURAL
            <p>x</p>                                         | NONE
            """)
    void classesIdsRolesAndTags(String html, Chrome.Kind expected) {
        assertThat(Chrome.of(element(html), false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <header>x</header> | true  | STRUCTURAL
            <header>x</header> | false | NONE
            <footer>x</footer> | true  | STRUCTURAL
            """)
    void headerAndFooterOfThePageOnly(String html, boolean pageLevel, Chrome.Kind expected) {
        assertThat(Chrome.of(element(html), pageLevel)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="has-sidebar"> | NONE
            <div id="comments">       | STRUCTURAL
            """)
    void aClassWordDoesNotHideALongStoryButCommentsStayComments(String tag, Chrome.Kind expected) {
        String paragraph = "<p>" + "A sentence of the story that goes on. ".repeat(4) + "</p>";

        assertThat(Chrome.of(element(tag + paragraph.repeat(4) + "</div>"), false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <span hidden>x</span>                             | true
            <span aria-hidden="TRUE">x</span>                 | true
            <span aria-hidden="false">x</span>                | false
            <span style="color: red; display : none">x</span> | true
            <span style="VISIBILITY:hidden">x</span>          | true
            <span style="display: block">x</span>             | false
            <span class="hidden-xs">x</span>                  | false
            """)
    void hidden(String html, boolean hidden) {
        assertThat(Chrome.isHidden(element(html))).isEqualTo(hidden);
    }
}
