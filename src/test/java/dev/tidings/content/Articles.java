package dev.tidings.content;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;

/** Parses single articles for tests, with the site the tests share. */
final class Articles {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Site SITE = Site.of("https://example.org/blog/", SHANGHAI);

    private static final BodyStore STORE = BodyStore.open();  // one temp file for the whole test run

    static Article parse(String path, String text) {
        return parseOrDraft(path, text).orElseThrow(() -> new AssertionError(path + " parsed as a draft"));
    }

    static Optional<Article> parseOrDraft(String path, String text) {
        return parseBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Article> parseBytes(String path, byte[] bytes) {
        return new ArticleParser(SITE, STORE).parse(path, bytes, Article.Source.checksum(bytes));
    }

    /** The rendered body of an article written in {@code text}. */
    static Body body(String path, String text) {
        Article article = parse(path, text);
        return new BodyPipeline().render(article, SourceText.text(STORE.read(article.source().offset(),
                article.source().length())));
    }

    /** The body HTML of a Markdown article whose body is {@code markdown}. */
    static String markdown(String markdown) {
        return body("posts/test.md", "---\ntitle: Test\ndate: 2024-05-01\n---\n" + markdown).html();
    }

    private Articles() {}
}
