package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class KramdownHtmlBlocksTest {
    @Test
    void aBlockWithMarkdownOneGetsBlankLinesSoItsInnerTextIsMarkdown() {
        assertThat(KramdownHtmlBlocks.open("""
                <div markdown="1" class="note">
                **bold**
                <div>nested</div>
                </div>
                """)).isEqualTo("""
                <div class="note">


                **bold**
                <div>nested</div>

                </div>
                """);
    }

    @Test
    void aSummaryOnTheOpeningLineIsABlockOfItsOwn() {
        assertThat(KramdownHtmlBlocks.open("""
                - item
                  <details markdown="block"><summary>More</summary>
                  *inner*
                  </details>
                """)).isEqualTo("""
                - item
                  <details>

                  <summary>More</summary>

                  *inner*

                  </details>
                """);
    }

    @Test
    void insideALineOrWithMarkdownZeroOnlyTheAttributeGoes() {
        assertThat(KramdownHtmlBlocks.open("A <span markdown='1'>*x*</span>.\n<div markdown=\"0\">\n*y*\n</div>\n"))
                .isEqualTo("A <span>*x*</span>.\n<div>\n*y*\n</div>\n");
    }

    @Test
    void codeIsLeftAlone() {
        String text = "```html\n<div markdown=\"1\">\n```\n`<p markdown=\"1\">`\n";
        assertThat(KramdownHtmlBlocks.open(text)).isEqualTo(text);
    }
}
