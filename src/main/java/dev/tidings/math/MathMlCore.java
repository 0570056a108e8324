package dev.tidings.math;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * KaTeX's MathML, made to show as KaTeX meant it in MathML Core (Chromium, and the web readers built on it) and to read
 * once in readers without MathML:
 * <ul>
 *   <li>styled letters become the Unicode mathematical alphanumerics ({@code \mathbb{E}} 𝔼, {@code \mathcal{L}} ℒ,
 *   {@code \boldsymbol{\theta}} 𝜽), and no {@code mathvariant} but {@code normal} is left;</li>
 *   <li>{@code \left}/{@code \right}/{@code \middle} fences say they stretch; an operator name ({@code \sin},
 *   {@code \operatorname{tr}}) is set off by thin spaces as TeX sets it;</li>
 *   <li>table columns are aligned ({@link TableColumns});</li>
 *   <li>the TeX moves from a visible-to-text-readers annotation to {@code alttext}, and the text reads as a linear
 *   form ({@link LinearText}): a text reader shows each formula once, "3.4×10^38", not "3.4×10383.4\times 10^{38}".
 *   </li>
 * </ul>
 */
final class MathMlCore {
    private static final Set<String> TOKENS = Set.of("mi", "mn", "mo", "mtext", "ms");
    private static final Set<String> SCRIPTED = Set.of("msub", "msup", "msubsup", "munder", "mover", "munderover");
    /** Elements whose children are their arguments, one each: MathML needs each argument to be one element. */
    private static final Set<String> FIXED = Set.of("msub", "msup", "msubsup", "munder", "mover", "munderover", "mfrac",
            "mroot");
    private static final String FUNCTION_APPLICATION = "\u2061";
    private static final String CLOSING = ")]}⟩⌉⌋";

    /** Adapts every {@code <math>} of KaTeX's output, in place; returns {@code katex}. */
    static Document adapt(Document katex) {
        for (Element math : katex.select("math")) {
            texToAlttext(math);
            variants(math, "");
            math.select("mo[fence=true]:not([stretchy])").attr("stretchy", "true");
            List<Element> applies = math.select("mo").stream()
                    .filter(mo -> mo.wholeText().equals(FUNCTION_APPLICATION)).toList();
            applies.forEach(MathMlCore::oneArgument);
            applies.forEach(MathMlCore::operatorName);
            List<Element> tables = math.select("mtable");
            for (int i = tables.size() - 1; i >= 0; i--) {
                TableColumns.align(tables.get(i));  // innermost first: an outer cell's width counts the inner padding
            }
            LinearText.mark(math);
        }
        return katex;
    }

    private static void texToAlttext(Element math) {
        Element tex = math.selectFirst("annotation[encoding=application/x-tex]");
        if (tex == null) {
            return;
        }
        math.attr("alttext", tex.wholeText());
        Element semantics = tex.parent();
        tex.remove();
        if (semantics != null && semantics.normalName().equals("semantics") && semantics.parent() == math) {
            semantics.unwrap();
        }
    }

    /** Styles the letters of each token by its own or inherited variant; keeps {@code normal} on {@code mi} only. */
    private static void variants(Element e, String inherited) {
        String own = e.attr("mathvariant").strip();
        String variant = own.isEmpty() ? inherited : own;
        boolean token = TOKENS.contains(e.normalName());
        if (!own.isEmpty() && !(own.equals("normal") && e.normalName().equals("mi"))) {
            e.removeAttr("mathvariant");
        }
        if (token && variant.equals("normal") && e.normalName().equals("mi") && own.isEmpty()) {
            e.attr("mathvariant", "normal");  // an mstyle's normal reaches a letter only if the letter says it
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode text && token && MathAlphabets.styles(variant)) {
                text.text(MathAlphabets.style(text.getWholeText(), variant));
            } else if (child instanceof Element element) {
                variants(element, variant);
            }
        }
    }

    /**
     * An operator name alone in a script or a fraction's part ({@code f_{\max}}) is KaTeX's {@code <mi>max</mi>} and
     * {@code <mo>} of U+2061 side by side in the {@code <msub>}, which then has one child too many (readers show an
     * error, or the wrong script): they become one {@code <mrow>}, as KaTeX makes them when the name carries scripts.
     */
    private static void oneArgument(Element apply) {
        Element parent = apply.parent();
        Element name = apply.previousElementSibling();
        if (parent != null && FIXED.contains(parent.normalName()) && name != null) {
            var row = new Element("mrow");
            name.before(row);
            row.appendChild(name).appendChild(apply);
        }
    }

    /**
     * TeX puts a thin space between an operator name and an ordinary neighbour ({@code a\sin x}), none before an
     * opening fence or after an operator ({@code \sin(x)}, {@code +\sin}); MathML Core gives the invisible function
     * application operator after the name no space at all, so "sinx". The name ends at that operator, or at the
     * script it carries ({@code \max_x f}).
     */
    private static void operatorName(Element apply) {
        Element parent = apply.parent();
        Element atom = apply;
        if (apply.nextElementSibling() == null && parent != null && parent.normalName().equals("mrow")
                && parent.elementSiblingIndex() == 0 && parent.parent() != null
                && SCRIPTED.contains(parent.parent().normalName())) {
            atom = parent.parent();
        }
        Element next = atom.nextElementSibling();
        if (next != null && !next.normalName().equals("mo") && !space(next)) {
            next.before(thinSpace());
        }
        Element name = atom == apply ? apply.previousElementSibling() : atom;
        Element previous = name == null ? null : name.previousElementSibling();
        if (previous != null && !space(previous) && (!previous.normalName().equals("mo")
                || CLOSING.contains(previous.wholeText().strip()) && !previous.wholeText().isBlank())) {
            name.before(thinSpace());
        }
    }

    private static boolean space(Element e) {
        return e.normalName().equals("mspace") || e.normalName().equals("mtext") && e.wholeText().isBlank();
    }

    private static Element thinSpace() {
        return new Element("mspace").attr("width", "0.1667em");
    }

    private MathMlCore() {}
}
