package dev.copydesk.topic;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.YamlList;
import dev.copydesk.config.YamlMap;
import dev.copydesk.config.YamlNode;
import dev.copydesk.config.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The labelled related-links items of {@code src/test/resources/topic/labelled-related-links.yaml}. */
public record LabelledSet(List<Case> cases) {

    public static final Path FILE = Path.of("src/test/resources/topic/labelled-related-links.yaml");
    /** Written after the rule was tuned on {@link #FILE}, and measured without changes. */
    public static final Path HELD_OUT = Path.of("src/test/resources/topic/labelled-related-links-heldout.yaml");

    /** One article and its related items. */
    public record Case(String vertical, String title, String body, List<Item> items) {

        /** The case as a plain-text article whose last lines, under "Related articles", are the items. */
        public String asText() {
            StringBuilder sb = new StringBuilder();
            sb.append(title).append("\n\n").append(body.strip()).append("\n\nRelated articles\n");
            for (Item i : items) {
                sb.append(i.text()).append('\n');
            }
            return sb.toString();
        }

        /** The line of item {@code index} in {@link #asText()} (1-based). */
        public int lineOf(int index) {
            return 6 + index + (int) body.strip().chars().filter(c -> c == '\n').count();
        }
    }

    /** A related item and whether it is off-topic. */
    public record Item(String text, boolean off) {
    }

    public static LabelledSet load(Path file) throws IOException, ConfigException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        YamlNode root = YamlReader.read(file.toString(), text);
        List<Case> cases = new ArrayList<>();
        for (YamlNode n : ((YamlList) root).items()) {
            YamlMap m = n.asMap("a case");
            List<Item> items = new ArrayList<>();
            for (YamlNode i : ((YamlList) m.get("items").orElseThrow()).items()) {
                YamlMap im = i.asMap("an item");
                boolean off = im.get("off").isPresent();
                items.add(new Item(im.string(off ? "off" : "on").orElseThrow(), off));
            }
            cases.add(new Case(m.string("vertical").orElseThrow(), m.string("title").orElseThrow(),
                    m.string("body").orElseThrow(), items));
        }
        return new LabelledSet(cases);
    }
}
