package dev.tidings.content;

import static dev.tidings.content.Articles.markdown;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class MarkdownTest {

    @Test
    void rendersGfmTablesStrikethroughAndAutolinks() {
        String html = markdown("""
                | a | b |
                |:--|--:|
                | 1 | 2 |

                ~~gone~~ and https://example.com/x and www.example.org.
                """);
        assertThat(html).contains("<table>").contains("<th align=\"left\">a</th>").contains("<td align=\"right\">2</td>")
                .contains("<del>gone</del>")
                .contains("<a href=\"https://example.com/x\">https://example.com/x</a>")
                .contains("<a href=\"http://www.example.org\">www.example.org</a>");
    }

    @Test
    void fencedCodeKeepsItsLanguageClassAndWhitespace() {
        String code = "def f(x):\n    if x:\n\n        return  x * 2\n";
        assertThat(markdown("```python\n" + code + "```\n"))
                .contains("<pre><code class=\"language-python\">" + code + "</code></pre>");
    }

    @Test
    void headingsGetStableUniqueIds() {
        String html = markdown("""
                # Setup
                ## 重参数 Trick!
                ## Setup
                ### `code` and $x_i$
                ## ???
                """);
        assertThat(html).contains("<h1 id=\"setup\">Setup</h1>")
                .contains("<h2 id=\"重参数-trick\">")
                .contains("<h2 id=\"setup-1\">")
                .contains("<h3 id=\"code-and-x-i\">")
                .contains("<h2 id=\"section\">");
        assertThat(markdown("# Setup\n## Setup\n")).isEqualTo(markdown("# Setup\n## Setup\n"));
    }

    @Test
    void deeplyNestedInputDoesNotOverflowTheStack() {
        assertThat(markdown("> ".repeat(10_000) + "deep")).contains("deep");
        assertThat(markdown("*".repeat(20_000) + "x" + "*".repeat(20_000))).contains("x");
        assertThat(markdown("[".repeat(20_000) + "x" + "](u)".repeat(20_000))).contains("x");
    }
}
