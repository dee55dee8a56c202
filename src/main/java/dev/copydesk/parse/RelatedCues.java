package dev.copydesk.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words by which every format recognises a related-links region: a heading or label such as "Related
 * articles", "You may also like", "Read next", "More from …", "Recommended", "Trending", "Popular posts", or a
 * class or id such as {@code related-posts}, {@code yarpp}, {@code recommended}.
 */
public final class RelatedCues {

    /** Nouns for pieces of content: "related stories", "latest videos", "top reads". */
    private static final String CONTENT = "(?:articles?|posts?|stories|story|content|reads?|reading|news|guides?|"
            + "videos?|galleries|features|threads?|questions|pieces|headlines|links?|resources?|"
            + "coverage|blogs?|insights|picks|episodes|podcasts|columns|recipes|reviews)";

    /** Headings that always introduce links to other pages. */
    private static final Pattern STRONG_HEADING = Pattern.compile(
            "(?:related(?:\\s+" + CONTENT + ")?"
                    + "|(?:more\\s+)?(?:similar|related)\\s+" + CONTENT
                    + "|you\\s+(?:may|might|will|would)\\s+(?:also\\s+)?(?:like|love|enjoy|be\\s+interested(?:\\s+in)?)"
                    + "|(?:people|readers)\\s+(?:also\\s+)?(?:like|liked|read|viewed|enjoyed)"
                    + "|(?:also\\s+)?read\\s+(?:this\\s+)?next|what\\s+to\\s+read\\s+next|up\\s+next|keep\\s+reading"
                    + "|continue\\s+reading|read\\s+more(?:\\s+(?:" + CONTENT + "|from\\s+.{1,40}|about\\s+.{1,40}))"
                    + "|(?:we\\s+)?recommend(?:ed|s)?(?:\\s+(?:for\\s+you|" + CONTENT + "))?"
                    + "|(?:editor'?s'?|editors'?|staff)\\s+picks?"
                    + "|trending(?:\\s+(?:now|today|this\\s+week|in\\s+\\S+(?:\\s+\\S+)?|\\S+(?:\\s+" + CONTENT + ")?))?"
                    + "|(?:most\\s+)?popular(?:\\s+(?:now|today|this\\s+week|this\\s+month|right\\s+now|"
                    + "in\\s+\\S+(?:\\s+\\S+)?|\\S+(?:\\s+" + CONTENT + ")?))?"
                    + "|most\\s+(?:read|viewed|shared|popular|watched|emailed|commented)(?:\\s+\\S+){0,3}"
                    + "|top\\s+(?:reads|" + CONTENT + ")(?:\\s+(?:today|now|this\\s+week))?"
                    + "|(?:our\\s+)?(?:latest|recent|newest|fresh)(?:\\s+\\S+)?\\s+" + CONTENT
                    + "(?:\\s+(?:from|on|in|by)\\s+.{1,40})?"
                    + "|(?:latest|recent|recently|newest)(?:\\s+(?:from|on|in|by)\\s+.{1,40})?"
                    + "|featured(?:\\s+" + CONTENT + ")?|don'?t\\s+miss(?:\\s+\\S+)?|see\\s+also|further\\s+reading"
                    + "|(?:also|elsewhere)\\s+on\\s+\\S+(?:\\s+\\S+){0,2}|around\\s+the\\s+web|from\\s+(?:around|across)\\s+the\\s+web"
                    + "|more\\s+(?:from|on|in|like\\s+this|great|stories|articles|posts|news|reading|to\\s+read|to\\s+explore|"
                    + "information|info|resources|videos|coverage|about\\s+\\S+(?:\\s+\\S+)?|\\S+\\s+" + CONTENT + ")"
                    + "(?:\\s+\\S+){0,4})",
            Pattern.CASE_INSENSITIVE);

    /**
     * The same headings in other languages: Spanish, Portuguese, French, German, Italian, Dutch, Polish, Czech,
     * Turkish, Indonesian, Russian, Chinese, Japanese and Korean, each possibly followed by a few words ("Leia
     * também sobre saúde").
     */
    private static final Pattern OTHER_LANGUAGES = Pattern.compile("(?:"
            // Spanish and Portuguese
            + "relacionad[ao]s?|(?:noticias|notícias|artículos|artigos|notas|matérias|conteúdos?) relacionad[ao]s"
            + "|(?:veja|leia|confira|lea|lee|leer) (?:também|tambem|también|más|mais)"
            + "|(?:você|voce) (?:também )?(?:pode|poderá) gostar(?: de| também)?"
            + "|(?:también )?te (?:puede|podría|podrian|podrían) interesar"
            + "|(?:as |os |lo |las |los )?(?:mais|más) (?:lid[ao]s|vist[ao]s|leíd[ao]s|populares|recientes)"
            + "|lo más (?:leído|visto|popular)|últimas (?:notícias|noticias)|recomendad[ao]s(?: para (?:você|ti))?"
            + "|principais (?:do dia|notícias)"
            // French
            + "|(?:à |a )?lire aussi|voir aussi|(?:vous aimerez|vous pourriez aimer|vous aimerez aussi)(?: aussi)?"
            + "|(?:articles?|contenus?) (?:similaires|liés|connexes|recommandés)|sur le même (?:sujet|thème)"
            + "|les plus (?:lus|populaires|partagés)|(?:nos )?derniers articles|à découvrir(?: aussi)?"
            + "|dans la même rubrique"
            // German
            + "|das könnte sie (?:auch )?interessieren|auch interessant|mehr zum thema|lesen sie (?:auch|mehr)"
            + "|(?:weitere|verwandte|ähnliche|empfohlene|neueste) (?:artikel|beiträge|themen|nachrichten|news)"
            + "|meistgelesen(?:e (?:artikel|beiträge))?|zum weiterlesen|empfehlungen(?: der redaktion)?"
            // Italian
            + "|(?:ti )?potrebbe(?:ro)? (?:anche )?interessar(?:ti|e)(?: anche)?|articoli (?:correlati|simili)"
            + "|leggi anche|(?:i )?più (?:letti|lette|visti)|ultime notizie|notizie correlate"
            // Dutch
            + "|lees ook|gerelateerde (?:artikelen|berichten)|meest gelezen|meer nieuws|misschien ook interessant"
            // Polish and Czech
            + "|czytaj (?:też|także|również)|powiązane (?:artykuły|wpisy)|najczęściej czytane|zobacz (?:też|także)"
            + "|(?:čtěte|přečtěte si) (?:také|též)|související (?:články|zprávy)|nejčtenější"
            // Turkish and Indonesian
            + "|ilgili (?:haberler|yazılar)|en çok okunanlar|bunlar da ilginizi çekebilir"
            + "|baca juga|(?:berita|artikel|tulisan) (?:terkait|terkini|terpopuler|lainnya)|terpopuler"
            // Russian
            + "|материалы по теме|читайте (?:также|еще|ещё)|по теме|похожие (?:статьи|новости|материалы|записи)"
            + "|самое (?:читаемое|популярное)|популярное|последние новости|рекомендуем"
            // Chinese, Japanese, Korean
            + "|相关(?:阅读|新闻|文章|推荐|报道|链接)|相關(?:閱讀|新聞|文章)|推荐阅读|延伸阅读|猜你喜欢|精彩推荐"
            + "|热门(?:文章|新闻|推荐|排行)|热点新闻|更多(?:新闻|文章|精彩)"
            + "|関連(?:記事|ニュース)|おすすめ(?:記事)?|こちらもおすすめ|人気(?:記事|ランキング)"
            + "|관련\\s?기사|많이\\s?본(?:\\s?(?:뉴스|기사|칼럼))?|추천\\s?기사|인기\\s?기사|주요\\s?뉴스"
            + ")(?:\\s+\\S+){0,3}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CLASS_OR_ID = Pattern.compile(
            "(?:^|[-_\\s])(?:related|yarpp|you-?may-?(?:also-?)?like|read-?next|recommended|recommendations|"
                    + "trending|popular|more-?(?:stories|articles|posts|from|news)|further-?reading|most-?read|"
                    + "recent-?posts|latest-?posts|latest-?news|jp-relatedposts|crp_related|rp4wp|outbrain|taboola)"
                    + "(?:$|[-_\\s])",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:.!…»›→>\\-–—]+$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s»›→>\\-–—]+");

    private RelatedCues() {
    }

    /**
     * True if a heading or label (trailing punctuation and decorative marks ignored) names a related-links region.
     */
    public static boolean isRelatedHeading(String heading) {
        String h = LEADING_MARKS.matcher(TRAILING_MARKS.matcher(heading.strip()).replaceAll("")).replaceAll("")
                .toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.length() > 60) {
            return false;
        }
        return STRONG_HEADING.matcher(h).matches() || OTHER_LANGUAGES.matcher(h).matches();
    }

    /** True if an HTML class or id value names a related-links region. */
    public static boolean isRelatedClassOrId(String classOrId) {
        return !classOrId.isBlank() && CLASS_OR_ID.matcher(classOrId).find();
    }
}
