package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;
import dev.tidings.content.TestCollection;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.FeedOptions;
import dev.tidings.feed.Selection;
import dev.tidings.feed.Window;
import dev.tidings.math.MathMode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Random front matter, Markdown, math and HTML through the whole pipeline: nothing may throw, and every feed must stay
 * well-formed, free of forbidden characters and of active content. The same inputs on every run: a fixed seed and a
 * fixed number of rounds, so a failure here fails again on any machine. {@code -Dfuzz.seed=N} tries other inputs and
 * {@code -Dfuzz.rounds=N} more of them; a failure names the seed and the round.
 */
final class FuzzTest {
    private static final List<String> PIECES = List.of(
            "$", "$$", "\\(", "\\)", "\\[", "\\]", "\\begin{aligned}", "\\end{aligned}", "\\begin{", "}", "{", "\\",
            "*", "**", "_", "__", "`", "```", "~~", "#", "## ", "- ", "1. ", "> ", "|", "| a | b |\n|---|---|\n",
            "<!--more-->", "<!--", "-->", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>", "<svg onload=alert(1)>", "<iframe src=//evil>", "<style>",
            "<math><mi>x</mi></math>", "<div>", "</div>", "<p>", "&amp;", "&lt;", "&#0;", "&#x1;", "&#xFFFE;",
            "]]>", "</title>", "\u0000", "\u0001", "\u000B", "\uFFFE", "\uD800", "🚀", "𠀀", "中文", "é", "\u0301",
            "\r\n", "\n", "\n\n", "\t", "    ", "[link](../x)", "![img](a b.png)", "<https://x.example>",
            "\\frac{a}{b}", "x^{*}_i", "\\|x\\|", "&", "<", ">", "\"", "'", "---", "+++", "...");
    private static final List<String> FIELDS = List.of("title", "date", "updated", "tags", "categories", "author",
            "summary", "slug", "id", "draft", "lang", "image", "comments", "permalink");
    private static final long DEFAULT_SEED = 20_241_101L;
    private static final int DEFAULT_ROUNDS = 150;  // about 5 s on an idle 2-core machine, 20 s on a busy one

    @TempDir
    Path root;

    @Test
    void randomArticlesNeverBreakAFeed() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int rounds = Integer.getInteger("fuzz.rounds", DEFAULT_ROUNDS);
        var random = new Random(seed);
        for (int round = 1; round <= rounds; round++) {
            try {
                round(random, Files.createDirectories(root.resolve("round" + round)));
            } catch (Exception | AssertionError e) {
                throw new AssertionError("round " + round + " of " + rounds + " with seed " + seed
                        + " (again: -Dfuzz.seed=" + seed + " -Dfuzz.rounds=" + round + "): " + e.getMessage(), e);
            }
        }
    }

    private static void round(Random random, Path folder) throws Exception {
        for (int i = 0; i < 8; i++) {
            Files.write(folder.resolve("a" + i + (random.nextInt(5) == 0 ? ".html" : ".md")), article(random, i));
        }
        try (var collection = TestCollection.open(folder, TestServer.SITE)) {
            var feeds = TestServer.feeds(collection, TestServer.SITE, FeedOptions.of(URI.create("https://f.example/")));
            for (Selection selection : feeds.selections(collection.current())) {
                for (FeedFormat format : FeedFormat.values()) {
                    MathMode math = random.nextInt(4) == 0 ? MathMode.MATHML : MathMode.TEX;
                    byte[] bytes = feeds.feed(format, selection, Window.newest(20), math).orElseThrow().identity();
                    check(format, bytes, format + " " + selection + " " + math);
                }
            }
        }
    }

    private static byte[] article(Random random, int n) {
        var text = new StringBuilder(random.nextInt(3) == 0 ? "" : "---\n");
        text.append("title: ").append(random.nextBoolean() ? "T" + n : noise(random, 6)).append('\n');
        text.append("date: 2024-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(9)).append('\n');
        for (int f = random.nextInt(6); f > 0; f--) {
            text.append(FIELDS.get(random.nextInt(FIELDS.size()))).append(": ")
                    .append(random.nextBoolean() ? "[" + noise(random, 3) + "]" : noise(random, 4)).append('\n');
        }
        text.append(random.nextInt(8) == 0 ? "" : "---\n").append(noise(random, 60 + random.nextInt(200)));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));  // broken UTF-8
        }
        return bytes;
    }

    private static String noise(Random random, int pieces) {
        var text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(random.nextInt(3) == 0 ? "word" + random.nextInt(100) + " "
                    : PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    private static void check(FeedFormat format, byte[] bytes, String where) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.codePoints().allMatch(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000)).as(where + ": XML characters only").isTrue();
        var html = new java.util.ArrayList<String>();
        if (format == FeedFormat.JSON) {
            new ObjectMapper().readTree(bytes).path("items")
                    .forEach(item -> html.add(item.path("content_html").asText()));
        } else {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            var doc = builder.parse(new InputSource(new ByteArrayInputStream(bytes)));  // throws unless well-formed
            for (String name : List.of("content", "summary", "description", "encoded")) {
                NodeList nodes = doc.getElementsByTagNameNS("*", name);
                for (int i = 0; i < nodes.getLength(); i++) {
                    html.add(nodes.item(i).getTextContent());
                }
            }
        }
        for (String fragment : html) {
            var body = Jsoup.parseBodyFragment(fragment);
            assertThat(body.select("script, iframe, svg, object, embed, style, form")).as(where).isEmpty();
            body.getAllElements().forEach(e -> e.attributes().forEach(a -> {
                assertThat(a.getKey()).as(where).doesNotStartWith("on");
                assertThat(a.getValue().toLowerCase().replaceAll("\\s", "")).as(where)
                        .doesNotStartWith("javascript:").doesNotStartWith("data:");
            }));
        }
    }
}
