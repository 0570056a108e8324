package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.dialect.Expansion.Note;
import org.junit.jupiter.api.Test;

final class KramdownSyntaxTest {
    private static Expansion expand(String text) {
        return KramdownSyntax.expand(text, new Fragments());
    }

    @Test
    void blockAttributeListsAndDefinitionsLeaveABlankLineAsTheyEndAParagraph() {
        var expansion = expand("""
                A paragraph
                {: style="width: 100%;" class="center"}
                {:.image-caption}
                *A caption*
                {:ref: .note #n}
                  {: #indented .x}
                > Quoted
                > {: .q}
                """);
        assertThat(expansion.markdown()).isEqualTo("A paragraph\n\n\n*A caption*\n\n  \n> Quoted\n> \n");
        assertThat(expansion.notes()).isEmpty();
    }

    @Test
    void spanAttributeListsAfterAnElementGoAndAfterASpaceStayAsKramdownShowsThem() {
        assertThat(expand("""
                ![a](/a.png){: width="50%"} [b](/b){:target="_blank"} **c**{:.x} `d`{: .y}
                * {:.cls} an item
                *one*{::}*two* and a {: .kept} list
                Not \\{: .escaped}
                """).markdown()).isEqualTo("""
                ![a](/a.png) [b](/b) **c** `d`
                * an item
                *one*<!---->*two* and a {: .kept} list
                Not \\{: .escaped}
                """);
    }

    @Test
    void aTableOfContentsGoesWithTheListItStandsUnder() {
        assertThat(expand("""
                Intro.

                * TOC
                {:toc}

                1. Contents
                   {:toc}

                ## First
                """).markdown()).isEqualTo("Intro.\n\n\n\n\n\n## First\n");
    }

    @Test
    void extensionsCommentsAndOptionsGoNomarkdownIsKeptAsHtml() {
        var fragments = new Fragments();
        var expansion = KramdownSyntax.expand("""
                {::options parse_block_html="true" /}
                A {::comment}hidden{:/comment} word and {::nomarkdown}<b>*raw*</b>{:/} too.
                {::comment}
                gone
                {:/comment}
                {::nomarkdown}
                <div>*not Markdown*</div>
                {:/nomarkdown}
                ^
                End.
                """, fragments);
        assertThat(expansion.markdown()).isEqualTo("""

                A  word and <!--tidings-fragment-0--> too.


                <!--tidings-fragment-1-->


                End.
                """);
        assertThat(expansion.notes()).isEmpty();
        var document = org.jsoup.Jsoup.parseBodyFragment(expansion.markdown());
        fragments.restore(document);
        assertThat(document.body().html()).contains("<b>*raw*</b>", "<div>*not Markdown*</div>");
    }

    @Test
    void unknownAndUnclosedExtensionsAreNotedWithTheirLines() {
        var expansion = expand("""
                First.
                {::widget}inner{:/widget}

                {::comment}
                never closed
                """);
        assertThat(expansion.markdown()).isEqualTo("First.\ninner\n\n\nnever closed\n");
        assertThat(expansion.notes()).containsExactly(
                new Note(2, "kramdown's extension '{::widget}' is not known to Tidings; its tags are left out"),
                new Note(4, "'{::comment}' has no '{:/comment}', so only its tag is left out"));
    }

    @Test
    void codeIsLeftAlone() {
        String text = """
                ```
                {: .x}
                {::comment}kept{:/comment}
                ```
                `![a](b){: .y}` and `{::nomarkdown}`
                """;
        assertThat(expand(text).markdown()).isEqualTo(text);
    }
}
