package dev.copydesk.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words by which every format recognises a related-links region: a heading or label such as "Related
 * articles", "You may also like", "Read next", "More from …", "Recommended", "Trending", "Popular posts", or a
 * class or id such as {@code related-posts}, {@code yarpp}, {@code recommended}.
 */
public final class RelatedCues {

    /** Headings that always introduce links to other pages. */
    private static final Pattern STRONG_HEADING = Pattern.compile(
            "(?:related(?:\\s+(?:articles?|posts?|stories|story|content|reading|links?|topics?|news|guides?|"
                    + "videos?|resources?|coverage))?"
                    + "|you\\s+(?:may|might|will|would)\\s+(?:also\\s+)?(?:like|enjoy|be\\s+interested(?:\\s+in)?)"
                    + "|(?:also\\s+)?read\\s+next|what\\s+to\\s+read\\s+next|up\\s+next|keep\\s+reading"
                    + "|recommended(?:\\s+(?:for\\s+you|reading|articles?|posts?|stories|content))?"
                    + "|trending(?:\\s+(?:now|articles?|posts?|stories|topics?|today))?"
                    + "|(?:most\\s+)?popular(?:\\s+(?:now|articles?|posts?|stories|reads|today|this\\s+week))?"
                    + "|most\\s+read|most\\s+viewed|editor'?s\\s+picks|don'?t\\s+miss|see\\s+also|further\\s+reading"
                    + "|also\\s+on\\s+\\S+(?:\\s+\\S+)?|more\\s+(?:from|on|in|like\\s+this|stories|articles|posts|"
                    + "news|reading|to\\s+read|to\\s+explore|information|info|resources|about\\s+\\S+(?:\\s+\\S+)?)"
                    + "(?:\\s+\\S+){0,3})",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CLASS_OR_ID = Pattern.compile(
            "(?:^|[-_\\s])(?:related|yarpp|you-?may-?(?:also-?)?like|read-?next|recommended|recommendations|"
                    + "trending|popular|more-?(?:stories|articles|posts|from|news)|further-?reading|"
                    + "jp-relatedposts|crp_related|rp4wp)(?:$|[-_\\s])",
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
        return STRONG_HEADING.matcher(h).matches();
    }

    /** True if an HTML class or id value names a related-links region. */
    public static boolean isRelatedClassOrId(String classOrId) {
        return !classOrId.isBlank() && CLASS_OR_ID.matcher(classOrId).find();
    }
}
