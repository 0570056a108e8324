package dev.tidings.content;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * For tests: the formulas of a page, as TeX, each display one written {@code display: TeX}. Read from a generator's
 * own page as its MathJax or KaTeX reads it ({@link #found}), or from a body Tidings marked up ({@link #marked}).
 */
public final class PageReading {
    private PageReading() {}

    /** The formulas the page's script finds in {@code page} (which this marks up), with {@code delimiters}. */
    public static List<String> found(Element page, MathDelimiters delimiters) {
        new PageFormulas(delimiters, Typography.NONE).markUp(page, true);  // the generator typeset the text already
        return marked(page);
    }

    /** The formulas marked up in {@code body} ({@code <span class="math inline">\(TeX\)</span>} …). */
    public static List<String> marked(Element body) {
        return body.select("span.math, div.math").stream().map(PageReading::tex).toList();
    }

    /** The formulas rendered as MathML in {@code body}: each one's TeX, from its {@code alttext}. */
    public static List<String> annotations(Document body) {
        return body.select("math").stream().map(math -> (math.attr("display").equals("block") ? "display: " : "")
                + (math.hasAttr("alttext") ? math.attr("alttext") : "(no alttext)")).toList();
    }

    private static String tex(Element formula) {
        String text = formula.wholeText();
        boolean delimited = text.startsWith("\\(") && text.endsWith("\\)")
                || text.startsWith("\\[") && text.endsWith("\\]");
        return (formula.hasClass("display") ? "display: " : "")
                + (delimited ? text.substring(2, text.length() - 2) : text);
    }
}
