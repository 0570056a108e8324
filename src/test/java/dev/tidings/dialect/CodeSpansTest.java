package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CodeSpansTest {
    private static boolean inCode(String text, String marker) {
        return CodeSpans.of(text).contains(text.indexOf(marker));
    }

    @Test
    void fencedBlocksAndInlineSpansAreCodeAndTheRestIsNot() {
        String text = """
                Before {{< a >}} and `{{< b >}}` here.

                ```go
                {{< c >}}
                ```

                ~~~~
                ``` not a close
                {{< d >}}
                ~~~~
                After {{< e >}}.
                """;
        assertThat(inCode(text, "{{< a")).isFalse();
        assertThat(inCode(text, "{{< b")).isTrue();
        assertThat(inCode(text, "{{< c")).isTrue();
        assertThat(inCode(text, "{{< d")).isTrue();
        assertThat(inCode(text, "{{< e")).isFalse();
    }

    @Test
    void fencesInListsAndQuotesAndUnclosedOnesCount() {
        String text = "- item\n\n    ```\n    {% x %}\n    ```\n\n> ```\n> {% y %}\n> ```\n\n{% z %}\n\n```\n{% w %}\n";
        assertThat(inCode(text, "{% x")).isTrue();
        assertThat(inCode(text, "{% y")).isTrue();
        assertThat(inCode(text, "{% z")).isFalse();
        assertThat(inCode(text, "{% w")).as("a fence never closed runs to the end").isTrue();
    }

    @Test
    void backticksWithoutAPartnerOrEscapedAreText() {
        String text = "A `` lone run {% a %}\n\nand \\`escaped {% b %} then `{% c %}`";
        assertThat(inCode(text, "{% a")).isFalse();
        assertThat(inCode(text, "{% b")).isFalse();
        assertThat(inCode(text, "{% c")).isTrue();
    }

    @Test
    void skipJumpsToTheEndOfTheCode() {
        String text = "x `code` y";
        var spans = CodeSpans.of(text);
        assertThat(spans.skip(text.indexOf('`'))).isEqualTo(text.indexOf(" y"));
        assertThat(spans.skip(0)).isZero();
    }
}
