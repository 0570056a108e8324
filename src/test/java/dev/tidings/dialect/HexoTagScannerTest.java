package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tidings.dialect.HexoTagScanner.Kind;
import dev.tidings.dialect.HexoTagScanner.Token;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class HexoTagScannerTest {
    private static List<Token> scan(String text) {
        return HexoTagScanner.scan(text, Set.of("raw", "codeblock"), Set.of("img"));
    }

    @Test
    void splitsArgumentsAtWhitespaceAndAQuotedStringIsOneArgumentWithoutItsQuotes() {
        assertThat(HexoTagScanner.arguments("img right /a.png '\"标题 文字\" \"替代\"' it\\'s \"a \\\"b\\\"\""))
                .containsExactly("img", "right", "/a.png", "\"标题 文字\" \"替代\"", "it\\'s", "a \"b\"");
        assertThat(HexoTagScanner.arguments("blockquote 作者, 书名 lang:cpp")).containsExactly("blockquote", "作者,",
                "书名", "lang:cpp");
    }

    @Test
    void pairsEachEndWithTheInnermostOpeningOfItsNameAndLeavesNestedOnesToTheBody() {
        String text = "{% note %}a{% note x %}b{% endnote %}c{% endnote %} {% img /a.png %}{% endimg %}";
        List<Token> tokens = scan(text);
        assertThat(tokens).extracting(Token::kind, Token::name).containsExactly(
                tuple(Kind.TAG, "note"), tuple(Kind.TAG, "img"),
                tuple(Kind.END, "endimg"));
        Token note = tokens.get(0);
        assertThat(text.substring(note.bodyStart(), note.bodyEnd())).isEqualTo("a{% note x %}b{% endnote %}c");
        assertThat(note.end()).isEqualTo(text.indexOf(" {% img"));
        assertThat(tokens.get(1).paired()).isFalse();
    }

    @Test
    void anOpeningNeverClosedStaysSingleAndItsEndlessInnerTagsStillPair() {
        List<Token> tokens = scan("{% note %}{% tabs %}x{% endtabs %}");
        assertThat(tokens).extracting(Token::name, Token::paired).containsExactly(
                tuple("note", false), tuple("tabs", true));
    }

    @Test
    void theBodyOfAVerbatimTagIsNeverScannedNorIsCode() {
        String text = "{% raw %}{{ x }} {% note %}{% endraw %} `{% a %}`\n\n```\n{{ y }}\n```\n{# c #} {{ title }} {%";
        assertThat(scan(text)).extracting(Token::kind, Token::name).containsExactly(
                tuple(Kind.TAG, "raw"), tuple(Kind.COMMENT, "c"),
                tuple(Kind.VARIABLE, "title"),
                tuple(Kind.UNCLOSED, "{%"));
    }

    @Test
    void anUnclosedVariableOrCommentIsTextButAnUnclosedTagIsNot() {
        assertThat(scan("## 标题 {#intro}\n\n{{ 半个 {% 一个")).extracting(Token::kind, Token::start)
                .containsExactly(tuple(Kind.UNCLOSED, 22));
    }

    @Test
    void aBacktickInACodeblockDoesNotHideItsEnd() {
        String text = "{% codeblock %}\necho `date\n{% endcodeblock %}\n`x` {% img /a.png %}";
        assertThat(scan(text)).extracting(Token::name, Token::paired).containsExactly(
                tuple("codeblock", true), tuple("img", false));
    }

    @Test
    void whitespaceControlMarksAreNotPartOfTheTag() {
        assertThat(scan("{%- note info -%}x{%- endnote -%}")).extracting(Token::name, Token::args, Token::paired)
                .containsExactly(tuple("note", List.of("info"), true));
    }
}
