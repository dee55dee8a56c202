package dev.copydesk.rule.grammar;

import dev.copydesk.config.GrammarSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * The only class that touches LanguageTool, so that runs without grammar never load it.
 *
 * <p>LanguageTool instances are not thread-safe: each thread that checks gets its own, created on its first check
 * and configured the same way, all sharing one {@link Language} (which holds the dictionaries and taggers).
 * Segments are sent as annotated text: text pieces as text, markup pieces as markup that LanguageTool reads as a
 * placeholder word. Match offsets then count every original character, so they are indexes into the prose text.
 */
final class LanguageToolChecker {

    /** How many suggestions are kept per match. */
    static final int MAX_REPLACEMENTS = 5;

    private static final Pattern SUGGESTION = Pattern.compile("</?suggestion>");

    private final GrammarSettings settings;
    private final List<String> accepted;
    private final GrammarService service;
    private final Language language;
    private final ThreadLocal<Tool> tools;

    /** One thread's LanguageTool, and what to do after its first check. */
    private static final class Tool {
        final JLanguageTool lt;
        Runnable afterFirstCheck;

        Tool(JLanguageTool lt, Runnable afterFirstCheck) {
            this.lt = lt;
            this.afterFirstCheck = afterFirstCheck;
        }
    }

    LanguageToolChecker(GrammarSettings settings, List<String> accepted, GrammarService service) {
        this.settings = settings;
        this.accepted = accepted;
        this.service = service;
        this.language = Languages.getLanguageForShortCode(settings.language());
        this.tools = ThreadLocal.withInitial(this::newTool);
    }

    /** LanguageTool's matches in a segment, offsets into its prose text. */
    List<GrammarMatch> check(Segment segment) {
        Tool tool = tools.get();
        List<RuleMatch> matches;
        try {
            // Most prose has no markup: plain text is then the same text, and cheaper for LanguageTool.
            boolean markup = segment.pieces().stream().anyMatch(Segment.Piece::markup);
            matches = markup ? tool.lt.check(annotated(segment)) : tool.lt.check(segment.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tool.afterFirstCheck != null) {
                tool.afterFirstCheck.run();
                tool.afterFirstCheck = null;
            }
        }
        List<GrammarMatch> out = new ArrayList<>(matches.size());
        int length = segment.text().length();
        for (RuleMatch m : matches) {
            int from = Math.max(0, Math.min(m.getFromPos(), length));
            int to = Math.max(from, Math.min(m.getToPos(), length));
            Rule rule = m.getRule();
            List<String> replacements = m.getSuggestedReplacements();
            out.add(new GrammarMatch(from, to, rule.getId(), rule.getCategory().getId().toString(),
                    SUGGESTION.matcher(m.getMessage()).replaceAll("\""),
                    replacements.subList(0, Math.min(MAX_REPLACEMENTS, replacements.size())),
                    rule.isDictionaryBasedSpellingRule()));
        }
        return out;
    }

    static AnnotatedText annotated(Segment segment) {
        AnnotatedTextBuilder b = new AnnotatedTextBuilder();
        String text = segment.text();
        int placeholder = 0;
        for (Segment.Piece p : segment.pieces()) {
            String piece = text.substring(p.start(), p.end());
            if (p.markup()) {
                b.addMarkup(piece, "Dummy" + placeholder++);
            } else {
                b.addText(piece);
            }
        }
        return b.build();
    }

    private Tool newTool() {
        Runnable done = service.startingLanguageTool();
        JLanguageTool lt = new JLanguageTool(language);
        Set<String> categories = new HashSet<>(settings.enabledCategories());
        Set<String> known = new HashSet<>();
        Set<CategoryId> all = new HashSet<>();
        for (Rule r : lt.getAllRules()) {
            all.add(r.getCategory().getId());
            known.add(r.getId());
        }
        for (CategoryId c : all) {
            if (categories.contains(c.toString())) {
                lt.enableRuleCategory(c);
            } else {
                lt.disableCategory(c);
            }
        }
        lt.disableRules(settings.disabledRules());
        for (String id : settings.enabledRules()) {
            lt.enableRule(id);
        }
        Set<String> unknown = new TreeSet<>();
        for (String id : settings.disabledRules()) {
            if (!known.contains(id) && !GrammarSettings.DEFAULT_DISABLED_RULES.contains(id)) {
                unknown.add(id);
            }
        }
        for (String id : settings.enabledRules()) {
            if (!known.contains(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            service.warning("unknown LanguageTool rule " + String.join(", ", unknown) + " in the grammar settings "
                    + "(ignored)");
        }
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (String term : accepted) {
            (term.contains(" ") ? phrases : words).add(term);
        }
        for (Rule r : lt.getAllActiveRules()) {
            if (r instanceof SpellingCheckRule spelling) {
                spelling.addIgnoreTokens(words);
                spelling.acceptPhrases(phrases);
            }
        }
        return new Tool(lt, done);
    }
}
