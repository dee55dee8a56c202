package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonShowsTheArticleTheRelatedLinksAndTheFurnitureWithPositions(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, String.join("\r\n",
                "<html><head><title>Ketamine</title></head><body>",
                "<nav><a href=\"/\">Home</a></nav>",
                "<article>",
                "<h1>Ketamine — therapy</h1>",
                "<p class=\"byline\">By Jane Doe</p>",
                "<p>Ketamine has emerged as a subject of mental health research over the last years.</p>",
                "<ul><li>Rapid effect</li><li>Low doses</li></ul>",
                "</article>",
                "<aside><h2>You may also like</h2><ul>",
                "<li><a href=\"/weed\">Scotts Weed and Feed</a> Lawn care for spring</li>",
                "<li><a href=\"/sleep\">Sleep better</a></li></ul></aside>",
                "</body></html>"), StandardCharsets.UTF_8);

        Cli r = Cli.run("extract", "--format", "json", page.toString());

        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        JsonNode file = JSON.readTree(r.out()).get("files").get(0);
        assertThat(file.get("path").asText()).isEqualTo(page.toString());
        assertThat(file.get("format").asText()).isEqualTo("html");
        assertThat(file.get("title").asText()).isEqualTo("Ketamine");
        assertThat(file.get("articleText").asText()).isEqualTo(String.join("\n", "Ketamine — therapy",
                "Ketamine has emerged as a subject of mental health research over the last years.", "Rapid effect",
                "Low doses"));
        JsonNode heading = file.get("blocks").get(0);
        assertThat(heading.get("kind").asText()).isEqualTo("heading");
        assertThat(heading.get("line").asInt()).isEqualTo(4);
        assertThat(heading.get("column").asInt()).isEqualTo(5);
        assertThat(file.get("blocks").get(2).get("kind").asText()).isEqualTo("list-item");
        JsonNode region = file.get("related").get(0);
        assertThat(region.get("heading").asText()).isEqualTo("You may also like");
        assertThat(region.get("line").asInt()).isEqualTo(9);
        assertThat(region.get("items")).hasSize(2);
        JsonNode item = region.get("items").get(0);
        assertThat(item.get("text").asText()).isEqualTo("Scotts Weed and Feed");
        assertThat(item.get("target").asText()).isEqualTo("/weed");
        assertThat(item.get("teaser").asText()).isEqualTo("Lawn care for spring");
        assertThat(item.get("line").asInt()).isEqualTo(10);
        assertThat(item.get("column").asInt()).isEqualTo(1);
        JsonNode byline = file.get("furniture").get(0);
        assertThat(byline.get("reason").asText()).isEqualTo("byline");
        assertThat(byline.get("text").asText()).isEqualTo("By Jane Doe");
        assertThat(byline.get("line").asInt()).isEqualTo(5);
        assertThat(byline.get("column").asInt()).isEqualTo(1);
    }

    @Test
    void textListsBlocksRegionsAndFurniturePerFile() {
        Cli r = Cli.run("extract", "samples/ketamine-therapy.html");

        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).startsWith("== samples/ketamine-therapy.html (html)\n"
                + "title: Understanding the Effects of Ketamine | SubstanceAbuseAction\n");
        assertThat(r.out()).contains("  27:31     heading    Understanding the Effects of Ketamine on Mental Health\n");
        assertThat(r.out()).contains("related links at 67:5: \"You may also like\", 6 items\n");
        assertThat(r.out()).contains("  80:9      When to Apply Scotts Weed and Feed -> /scotts-weed-and-feed/ | "
                + "Discover when to apply Scotts Weed and Feed for optimal lawn health and lush growth.\n");
    }

    @Test
    void markdownAndTextAreReadToo() {
        Cli md = Cli.run("extract", "--format", "json", "samples/ketamine-therapy.md");
        Cli txt = Cli.run("extract", "--format", "json", "samples/ketamine-therapy.txt");

        assertThat(md.exitCode()).isEqualTo(0);
        assertThat(txt.exitCode()).isEqualTo(0);
        assertThat(md.out()).contains("\"format\": \"markdown\"").contains("When to Apply Scotts Weed and Feed");
        assertThat(txt.out()).contains("\"format\": \"text\"")
                .contains("it is believed to involve:");
    }

    @Test
    void aBadFileIsReportedInOneLineWithExitTwoAndTheOthersAreStillRead(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("a-bad.html");
        Files.write(bad, new byte[] {'<', 'p', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'p', '>'});
        Path good = dir.resolve("b-good.md");
        Files.writeString(good, "# Title\n\nSome text.\n");

        Cli r = Cli.run("extract", bad.toString(), good.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("copydesk: " + bad + ": ");
        assertThat(r.out()).contains("== " + good + " (markdown)").contains("Some text.");
    }

    @Test
    void writesTheOutputFileAtomically(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.json");
        Cli r = Cli.run("extract", "-f", "json", "-o", out.toString(), "samples/ketamine-therapy.md");

        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(out.toFile()).get("files")).hasSize(1);
    }
}
