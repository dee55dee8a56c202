package dev.copydesk.topic;

import dev.copydesk.document.Document;
import dev.copydesk.rule.RuleEnvironment;
import dev.copydesk.rule.RuleOptions;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.builtin.OffTopicLink;
import dev.copydesk.source.SourceFile;
import dev.copydesk.testing.Lint;
import java.util.ArrayList;
import java.util.List;

/**
 * A quick timing loop for the off-topic-link rule (not a test: timings are reported, never asserted). Run with
 * {@code java -cp target/classes:target/test-classes:<dependencies> dev.copydesk.topic.OffTopicTiming}.
 */
public final class OffTopicTiming {

    private OffTopicTiming() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        TopicModels models = new TopicModels();
        TopicModel model = models.model(List.of()).get();
        long t1 = System.nanoTime();
        System.out.printf("load and compile %d shipped lexicons: %.1f ms (first use in a run)%n",
                model.topics().size(), (t1 - t0) / 1e6);
        List<String> items = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        for (var file : List.of(LabelledSet.FILE, LabelledSet.HELD_OUT)) {
            for (LabelledSet.Case c : LabelledSet.load(file).cases()) {
                c.items().forEach(i -> items.add(i.text()));
                docs.add(Lint.parse(new SourceFile("case.txt", c.asText())));
            }
        }
        List<String> context = List.of("health", "mental-health");
        int rounds = 2000;
        long sink = 0;
        for (int warm = 0; warm < 2; warm++) {
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (String item : items) {
                    sink += model.profile(item, context).scores().size();
                }
            }
            long ns = System.nanoTime() - start;
            System.out.printf("%s: topic profile of one related item: %.1f µs (%d items x %d rounds)%n",
                    warm == 0 ? "warm-up" : "measured", ns / 1e3 / (rounds * (double) items.size()), items.size(),
                    rounds);
        }
        Rule rule = OffTopicLink.PROVIDER.create(RuleOptions.none("off-topic-link"), new RuleEnvironment(Lint.TODAY));
        int docRounds = 500;
        for (int warm = 0; warm < 2; warm++) {
            long start = System.nanoTime();
            for (int r = 0; r < docRounds; r++) {
                for (Document d : docs) {
                    List<Object> out = new ArrayList<>();
                    rule.check(d, out::add);
                    sink += out.size();
                }
            }
            long ns = System.nanoTime() - start;
            System.out.printf("%s: whole rule per article (profile the article, judge %d items): %.1f µs; "
                    + "%.1f µs per item%n", warm == 0 ? "warm-up" : "measured", items.size() / docs.size(),
                    ns / 1e3 / (docRounds * (double) docs.size()), ns / 1e3 / (docRounds * (double) items.size()));
        }
        System.out.println("(checksum " + sink + ")");
    }
}
