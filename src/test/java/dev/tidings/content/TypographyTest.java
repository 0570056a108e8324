package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The typographic characters each Markdown engine writes into formulas its page's script finds after it. The same
 * paragraphs, in this order, went through Hugo 0.111 (goldmark 1.5.4), Jekyll 4.3 (kramdown 2.4) and Hexo 7.3
 * (hexo-renderer-marked 7); each expected list is what the page's MathJax or KaTeX then found there.
 */
final class TypographyTest {
    private static final List<String> PARAGRAPHS = List.of("$f'(x)$", "$f''(x)$", "$f'''$", "$x'$", "$'a$", "$a'b$",
            "$\"x\"$", "$a\"$", "$a--b$", "$a---b$", "$1,...,n$", "$a << b$", "$a >> b$", "$(a')$", "$A^{'}$",
            "$x' + y'$", "$'t$", "$y''+y'=0$", "$a'$ and $b'$.", "He said $\"a$ and $b\"$.", "${'x'}$", "$'90s$",
            "$x'_1$", "$[a']$");
    private static final MathDelimiters DOLLAR = MathDelimiters.mathJax(List.of(new MathDelimiters.Pair("$", "$",
            false)), List.of());

    private static List<String> formulas(Typography typography) {
        var page = new StringBuilder();
        PARAGRAPHS.forEach(paragraph -> page.append("<p>").append(paragraph.replace("<", "&lt;").replace(">", "&gt;"))
                .append("</p>\n"));
        Document document = Jsoup.parseBodyFragment(page.toString());
        new PageFormulas(DOLLAR, typography).markUp(document.body(), true);
        return PageReading.marked(document.body());
    }

    @Test
    void goldmarksTypographerCountsOpenQuotesAcrossThePage() {
        assertThat(formulas(Typography.GOLDMARK)).containsExactly("f’(x)", "f’’(x)", "f’’'", "x'", "‘a", "a’b",
                "“x”", "a\"", "a–b", "a—b", "1,…,n", "a « b", "a » b", "(a’)", "A^{’}",
                "x’ + y’",  // closes the ‘ that $'a$ opened, two paragraphs before
                "’t", "y’’+y’=0", "a’", "b’", "“a", "b”", "{‘x’}", "’90s", "x’_1", "[a’]");
    }

    @Test
    void kramdownsSmartQuotesAndSymbols() {
        assertThat(formulas(Typography.KRAMDOWN)).containsExactly("f’(x)", "f’‘(x)", "f’’’", "x’", "’a", "a’b",
                "”x”", "a”", "a–b", "a—b", "1,…,n", "a «\u00a0b", "a\u00a0» b", "(a’)", "A^{‘}", "x’ + y’", "’t",
                "y’‘+y’=0", "a’", "b’", "”a", "b”", "{‘x’}", "’90s", "x’_1", "[a’]");
    }

    @Test
    void markedsSmartypants() {
        assertThat(formulas(Typography.SMARTYPANTS)).containsExactly("f’(x)", "f’’(x)", "f’’’", "x’", "’a", "a’b",
                "”x”", "a”", "a–b", "a—b", "1,…,n", "a << b", "a >> b", "(a’)", "A^{‘}", "x’ + y’", "’t",
                "y’’+y’=0", "a’", "b’", "”a", "b”", "{‘x’}", "’90s", "x’_1", "[a’]");
    }

    @Test
    void theTextAroundFormulasGetsTheSameTypographyAndCodeKeepsItsQuotes() {
        Document document = Jsoup.parseBodyFragment("<p>He said \"it's fine\" -- see $f'(x)$... and <em>don't</em> "
                + "<code>it's</code><br>\"quoted\"</p><pre>\"as is\"</pre>");
        new PageFormulas(DOLLAR, Typography.GOLDMARK).markUp(document.body(), true);
        assertThat(document.body().child(0).text()).isEqualTo("He said “it’s fine” – see \\(f’(x)\\)… and don’t it's "
                + "“quoted”");
        assertThat(document.select("pre").text()).isEqualTo("\"as is\"");
        assertThat(PageReading.marked(document.body())).containsExactly("f’(x)");
    }

    @Test
    void anHtmlArticlesTextAndFormulasStayAsWritten() {
        Document document = Jsoup.parseBodyFragment("<p>It's $f'(x)$ -- \"x\"</p>");
        new PageFormulas(DOLLAR, Typography.GOLDMARK).markUp(document.body(), false);
        assertThat(document.body().child(0).text()).isEqualTo("It's \\(f'(x)\\) -- \"x\"");
    }
}
