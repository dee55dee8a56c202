import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a corpus of varied articles for benchmarks: Markdown, HTML fragments, whole HTML pages and plain text,
 * 2 to 20 KB each, with headings, lists, tables, code, quotes, links, related-links blocks, and now and then the
 * problems Copydesk looks for. Deterministic for a given seed.
 *
 * <p>Usage: {@code java bench/GenerateCorpus.java OUT_DIR COUNT [SEED]}
 */
public final class GenerateCorpus {

    private static final String[] SUBJECTS = {"Ketamine therapy", "The city council", "A sourdough starter",
        "Your lawn", "A home battery", "The new camper van", "Index funds", "Sleep hygiene", "The school board",
        "A vegetable garden", "Electric bikes", "Marathon training", "The local library", "A rescue dog"};
    private static final String[] VERBS = {"changes how", "depends on", "shapes", "improves", "complicates",
        "supports", "reflects", "reduces", "explains", "transforms"};
    private static final String[] OBJECTS = {"the way people plan their week", "what readers expect from a guide",
        "the cost of everyday repairs", "how families spend their weekends", "the health of the whole community",
        "the results of the last survey", "the time it takes to get started", "the choices experts recommend",
        "the budget for next year", "the long-term benefits for beginners"};
    private static final String[] TAILS = {"according to the latest figures.", "as several readers pointed out.",
        "in ways that are easy to miss.", "more than most people think.", "for better and for worse.",
        "when the conditions are right.", "over the course of a season.", "without much extra effort."};
    private static final String[] LEADINS = {"You will need:", "The main options are:", "Common signs include:",
        "Here are the steps:", "The council said:", "Install it with:"};

    private final Random random;

    private GenerateCorpus(long seed) {
        random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/GenerateCorpus.java OUT_DIR COUNT [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        GenerateCorpus g = new GenerateCorpus(args.length > 2 ? Long.parseLong(args[2]) : 42);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Path dir = out.resolve(String.format("section-%02d", i % 50));
            Files.createDirectories(dir);
            int kind = i % 4;
            int target = 2048 + g.random.nextInt(18 * 1024);
            String name = String.format("article-%05d", i);
            String text;
            if (kind == 0 || kind == 1) {
                text = g.markdown(target);
                name += ".md";
            } else if (kind == 2) {
                text = g.random.nextBoolean() ? g.htmlPage(target) : g.htmlFragment(target);
                name += ".html";
            } else {
                text = g.text(target);
                name += ".txt";
            }
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(name), b);
            bytes += b.length;
        }
        System.out.printf("wrote %d articles, %.1f MB, to %s%n", count, bytes / 1e6, out);
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private String sentence() {
        return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + " " + pick(TAILS);
    }

    private String paragraph() {
        StringBuilder b = new StringBuilder();
        int n = 2 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(sentence());
        }
        return b.toString();
    }

    private String markdown(int target) {
        StringBuilder b = new StringBuilder("---\ntitle: \"" + pick(SUBJECTS) + " in Practice\"\n---\n\n# "
                + pick(SUBJECTS) + "\n\n");
        int section = 0;
        while (b.length() < target) {
            b.append(paragraph()).append("\n\n");
            switch (random.nextInt(8)) {
                case 0 -> b.append("## Part ").append(++section).append(": ").append(pick(SUBJECTS)).append("\n\n");
                case 1 -> {
                    b.append(pick(LEADINS)).append("\n\n");
                    for (int i = 0; i < 3; i++) {
                        b.append("- ").append(pick(OBJECTS)).append('\n');
                    }
                    b.append('\n');
                }
                case 2 -> b.append("| Item | Cost |\n|---|---|\n| ").append(pick(SUBJECTS)).append(" | 12 |\n\n");
                case 3 -> b.append("```bash\nnpm install example --save\n```\n\n");
                case 4 -> b.append("> ").append(sentence()).append("\n\n");
                case 5 -> b.append("Read [the ").append(pick(OBJECTS)).append("](https://example.org/")
                        .append(random.nextInt(1000)).append(") or [click here](https://example.org/x).\n\n");
                case 6 -> b.append(pick(LEADINS)).append("\n\n");
                default -> {
                }
            }
        }
        b.append("## Related articles\n\n");
        for (int i = 0; i < 4; i++) {
            b.append("- [").append(pick(SUBJECTS)).append(" and ").append(pick(OBJECTS))
                    .append("](https://example.org/r").append(i).append("): Discover ").append(pick(OBJECTS))
                    .append(random.nextInt(5) == 0 ? "…" : ".").append('\n');
        }
        return b.toString();
    }

    private String htmlBody(int target) {
        StringBuilder b = new StringBuilder("<article>\n<h1>" + pick(SUBJECTS) + "</h1>\n");
        while (b.length() < target) {
            b.append("<p>").append(paragraph().replace("'", "&rsquo;")).append("</p>\n");
            switch (random.nextInt(6)) {
                case 0 -> b.append("<h2>").append(pick(SUBJECTS)).append("</h2>\n");
                case 1 -> b.append("<p>").append(pick(LEADINS)).append("</p>\n<ul><li>").append(pick(OBJECTS))
                        .append("</li><li>").append(pick(OBJECTS)).append("</li></ul>\n");
                case 2 -> b.append("<p>See <a href=\"https://example.org/").append(random.nextInt(99))
                        .append("\">the full report</a> &amp; notes.</p>\n");
                case 3 -> b.append("<blockquote><p>").append(sentence()).append("</p></blockquote>\n");
                default -> {
                }
            }
        }
        b.append("</article>\n<aside class=\"related-posts\"><h3>You may also like</h3><ul>\n");
        for (int i = 0; i < 4; i++) {
            b.append("<li><a href=\"/r").append(i).append("\">").append(pick(SUBJECTS)).append("</a><p>Discover ")
                    .append(pick(OBJECTS)).append(".</p></li>\n");
        }
        return b.append("</ul></aside>\n").toString();
    }

    private String htmlFragment(int target) {
        return htmlBody(target);
    }

    private String htmlPage(int target) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><title>" + pick(SUBJECTS) + " | Example News</title>"
                + "<script>var x = 1;</script></head>\n<body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">"
                + "News</a></nav></header>\n<main>" + htmlBody(target) + "</main>\n<footer><p>Example News</p>"
                + "</footer></body></html>\n";
    }

    private String text(int target) {
        StringBuilder b = new StringBuilder(pick(SUBJECTS) + " Explained\n\n");
        while (b.length() < target) {
            b.append(paragraph()).append('\n');
            if (random.nextInt(6) == 0) {
                b.append(pick(LEADINS)).append('\n');
            }
        }
        b.append("This article is in the category News and created by the Example Team\n");
        for (int i = 0; i < 4; i++) {
            b.append("Discover ").append(pick(OBJECTS)).append(" and ").append(pick(OBJECTS)).append(".\n");
        }
        return b.toString();
    }
}
