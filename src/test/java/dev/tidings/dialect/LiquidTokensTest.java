package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.dialect.LiquidTokens.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LiquidTokensTest {
    private static List<String> tokens(String text) {
        return LiquidTokens.of(text, CodeSpans.of(text)).stream()
                .map(t -> t.kind() + (t.inCode() ? "(code)" : "") + ":" + (t.name().isEmpty() ? "" : t.name() + " ")
                        + (t.kind() == LiquidTokens.Kind.TAG || t.kind() == LiquidTokens.Kind.OUTPUT ? t.markup()
                        : text.substring(t.start(), t.end())))
                .toList();
    }

    @Test
    void splitsOutputsTagsAndTextAndKeepsARawBodyWhole() {
        assertThat(tokens("a {{ page.title | upcase }} b {% if x %}{% raw %}{{ y }}{% endraw %}{%endif%}"))
                .containsExactly("TEXT:a ", "OUTPUT:page.title | upcase", "TEXT: b ", "TAG:if x", "RAW:raw {{ y }}", "TAG:endif ");
    }

    @Test
    void whitespaceControlTrimsTheTextBesideTheTag() {
        assertThat(tokens("a \n {%- assign x = 1 -%} \n b")).containsExactly("TEXT:a", "TAG:assign x = 1", "TEXT:b");
    }

    @Test
    void insideCodeMarkupCountsOnlyWhenItEndsThere() {
        assertThat(tokens("`{{ a }}` and `{{ b` }}")).containsExactly(
                "TEXT(code):`", "OUTPUT(code):a", "TEXT(code):` and `{{ b` }}");
    }

    @Test
    void anOpeningThatNeverClosesIsMarkedAndTheRestIsStillRead() {
        assertThat(tokens("x {% y\n{{ z }}")).containsExactly("TEXT:x ", "UNCLOSED:{%", "TEXT: y\n", "OUTPUT:z");
    }

    @Test
    void aBlockEndsAtItsOwnEndTagPastNestedOnes() {
        String text = "{% if a %}{% if b %}{% endif %}{% endfor %}{% endif %}`{% endif %}`{% for %}";
        List<Token> tokens = LiquidTokens.of(text, CodeSpans.of(text));
        assertThat(LiquidTokens.closers(tokens)).containsExactly(4, 2, -1, -1, -1, -1, -1, -1, -1);
    }
}
