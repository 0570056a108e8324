package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** An automatic summary as long as a Hugo site's summaryLength says, in words (a CJK character is one). */
final class SummaryLengthTest {
    private static String summary(int words, String markdown) {
        Article article = Articles.parse("posts/a.md", "---\ntitle: A\ndate: 2024-05-01\n---\n" + markdown);
        return new BodyPipeline(new Conventions(Generator.HUGO, Map.of(), words, "")).render(article, markdown)
                .summary();
    }

    @Test
    void cutsAfterThatManyWordsBetweenWords() {
        assertThat(summary(5, "One two three four five six seven.\n\nSecond paragraph."))
                .isEqualTo("<p>One two three four five…</p>");
        assertThat(summary(12, "Short enough.\n\nAnd this one too."))
                .isEqualTo("<p>Short enough.</p>\n<p>And this one too.</p>");
    }

    @Test
    void countsEachCjkCharacterAsAWord() {
        assertThat(summary(4, "注意力机制很有用。")).isEqualTo("<p>注意力机…</p>");
        assertThat(summary(4, "RoPE 旋转位置编码")).isEqualTo("<p>RoPE 旋转位…</p>");
    }

    @Test
    void withoutASettingTheSummaryIsTidingsOwnTwoHundredCharacters() {
        String text = "word ".repeat(100).strip();
        Article article = Articles.parse("posts/a.md", "---\ntitle: A\ndate: 2024-05-01\n---\n" + text);
        assertThat(new BodyPipeline(new Conventions(Generator.HUGO, Map.of(), 0, "")).render(article, text).summary())
                .isEqualTo(new BodyPipeline().render(article, text).summary()).hasSizeLessThan(220);
    }
}
