import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a reproducible corpus of articles for the grammar benchmark: {@code N} articles in Markdown, HTML and plain
 * text (a third each) under {@code OUT/articles}, and the same prose, one paragraph per block, under
 * {@code OUT/plain} for LanguageTool on its own. Every paragraph is different; a few carry typical mistakes.
 *
 * <p>Usage: {@code java bench/GenerateGrammarCorpus.java OUT [N]}
 */
public class GenerateGrammarCorpus {

    static final String[] SUBJECTS = {"The garden club", "Our editor", "The city council", "A local baker",
        "The hospital board", "Every new runner", "The school library", "A small bakery", "The museum team",
        "Most home cooks", "The support desk", "The travel desk", "A careful reader", "The weather service",
        "The football team", "Our newsletter", "The night nurse", "The ferry company", "A young farmer",
        "The book club"};
    static final String[] VERBS = {"recommends", "plans", "expects", "describes", "reviews", "announces",
        "explains", "compares", "tests", "prefers", "measures", "questions", "welcomes", "records"};
    static final String[] OBJECTS = {"a slower approach to spring planting", "the new opening hours",
        "a cheaper way to heat old houses", "the results of the winter survey", "a shorter route to the coast",
        "the rules for visiting patients", "a simple recipe for rye bread", "the budget for next year",
        "a better plan for the summer festival", "the history of the harbor wall", "a quieter training week",
        "the costs of repairing the bridge", "a fresh look at the old timetable", "the choice of seeds for clay soil"};
    static final String[] CLAUSES = {"because the last attempt went badly", "after a long discussion on Monday",
        "although few people expected it", "while the prices keep rising", "so that families can plan ahead",
        "once the weather turns warmer", "even though the numbers are still small", "before the end of the month",
        "as readers asked in their letters", "when the first reports arrived"};
    static final String[] EXTRAS = {"It is worth reading the full report before deciding.",
        "Several readers wrote in to share their own experience.", "The details may change after the next meeting.",
        "Nobody should feel rushed into a decision.", "The figures were checked twice by an independent expert.",
        "Some of the advice will sound familiar to regular readers.",
        "A longer version of this story appears in the weekend edition.",
        "Questions can be sent to the editor by post or by email."};
    static final String[] MISTAKES = {"It was a honest mistake, and nobody was hurt.",
        "She have been there twice this year.", "We should of asked the neighbors first.",
        "The team will recieve the new equipment next week.", "The weather is definately better than last year.",
        "Their going to publish the figures on Friday."};
    static final String[] TOPICS = {"Planting", "Opening hours", "Heating", "Survey", "Travel", "Visiting",
        "Baking", "Budget", "Festival", "Harbour", "Training", "Repairs", "Timetable", "Seeds"};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Random random = new Random(42);
        Path articles = Files.createDirectories(out.resolve("articles"));
        Path plain = Files.createDirectories(out.resolve("plain"));
        long chars = 0;
        for (int i = 0; i < n; i++) {
            String title = TOPICS[i % TOPICS.length] + " notes, issue " + (i + 1);
            List<String> paragraphs = new ArrayList<>();
            int count = 14 + random.nextInt(6);
            for (int p = 0; p < count; p++) {
                paragraphs.add(paragraph(random, i, p));
            }
            chars += title.length() + paragraphs.stream().mapToInt(String::length).sum();
            String name = String.format("article-%04d", i + 1);
            switch (i % 3) {
                case 0 -> Files.writeString(articles.resolve(name + ".md"), markdown(title, paragraphs));
                case 1 -> Files.writeString(articles.resolve(name + ".html"), html(title, paragraphs));
                default -> Files.writeString(articles.resolve(name + ".txt"), text(title, paragraphs));
            }
            Files.writeString(plain.resolve(name + ".txt"), text(title, paragraphs));
        }
        System.out.printf("%d articles, %d characters of prose, in %s%n", n, chars, out);
    }

    static String paragraph(Random r, int article, int index) {
        StringBuilder b = new StringBuilder();
        int sentences = 3 + r.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                b.append(' ');
            }
            if (r.nextInt(40) == 0) {
                b.append(MISTAKES[r.nextInt(MISTAKES.length)]);
            } else if (r.nextInt(4) == 0) {
                b.append(EXTRAS[r.nextInt(EXTRAS.length)]);
            } else {
                b.append(pick(r, SUBJECTS)).append(' ').append(pick(r, VERBS)).append(' ').append(pick(r, OBJECTS))
                        .append(' ').append(pick(r, CLAUSES)).append('.');
            }
        }
        b.append(" This note is number ").append(index + 1).append(" of issue ").append(article + 1).append('.');
        return b.toString();
    }

    static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    static String markdown(String title, List<String> paragraphs) {
        StringBuilder b = new StringBuilder("# ").append(title).append("\n\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == 4) {
                b.append("```sh\nnpm run build --if-present && ./publish.sh teh-site\n```\n\n");
            }
            b.append(paragraphs.get(i)).append("\n\n");
        }
        return b.toString();
    }

    static String html(String title, List<String> paragraphs) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>").append(title)
                .append("</title></head>\n<body>\n<article>\n<h1>").append(title).append("</h1>\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == 4) {
                b.append("<pre><code>npm run build --if-present</code></pre>\n");
            }
            b.append("<p>").append(paragraphs.get(i)).append("</p>\n");
        }
        return b.append("</article>\n</body>\n</html>\n").toString();
    }

    static String text(String title, List<String> paragraphs) {
        StringBuilder b = new StringBuilder(title).append("\n\n");
        for (String p : paragraphs) {
            b.append(p).append("\n\n");
        }
        return b.toString();
    }
}
