package dev.tidings.math;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Makes a formula's text read as a linear form where MathML is not laid out: a text reader (newsboat) or a browser
 * without MathML shows the text of every element in order, so {@code 10^{38}} would read "1038" and
 * {@code \frac{a+b}{2}} "a+b2". Each place that needs a mark gets one in an annotation: {@code <semantics><mrow/>
 * <annotation>^</annotation></semantics>}, which MathML shows as nothing (only a semantics element's first child is
 * rendered, and an empty, space-like one at that) and a text reader shows as its text. So "10^38", "(a+b)/2",
 * "√(x+1)", "x_i", "{x, x>0; −x, x≤0}".
 */
final class LinearText {
    private static final Set<String> TOKENS = Set.of("mi", "mn", "mo", "mtext", "ms");
    private static final Set<String> ROWS = Set.of("mrow", "mstyle", "mpadded", "mphantom", "menclose", "merror",
            "msqrt", "mtd", "math");
    private static final String OPENING = "([{⟨⌈⌊|‖";
    private static final String CLOSING = ")]}⟩⌉⌋|‖";
    private static final String PRIMES = "′″‴⁗";

    /** Adds the marks to {@code math}, in place. */
    static void mark(Element math) {
        for (Element e : math.select("*")) {
            switch (e.normalName()) {
                case "msup" -> {
                    script(child(e, 1), "^");
                    operand(e);
                }
                case "msub" -> {
                    script(child(e, 1), "_");
                    operand(e);
                }
                case "msubsup" -> {
                    script(child(e, 1), "_");
                    script(child(e, 2), "^");
                    operand(e);
                }
                case "munder" -> {
                    limit(e, "accentunder", child(e, 1), "_");
                    operand(e);
                }
                case "mover" -> limit(e, "accent", child(e, 1), "^");
                case "munderover" -> {
                    limit(e, "accentunder", child(e, 1), "_");
                    limit(e, "accent", child(e, 2), "^");
                    operand(e);
                }
                case "mfrac" -> fraction(e);
                case "msqrt" -> {
                    boolean group = e.childrenSize() != 1 || grouped(e.child(0));
                    e.prependChild(mark(group ? "√(" : "√"));
                    if (group) {
                        e.appendChild(mark(")"));
                    }
                }
                case "mroot" -> {
                    boolean group = grouped(child(e, 0));
                    around(child(e, 0), group ? "(" : "", group ? ")^(1/" : "^(1/");
                    around(child(e, 1), "", ")");
                }
                case "mtable" -> table(e);
                case "mspace" -> {
                    if (wide(e.attr("width")) && e.parent() != null && ROWS.contains(e.parent().normalName())) {
                        e.after(mark(" "));
                    }
                }
                default -> { }
            }
        }
    }

    /** A big operator's scripts end where its operand starts: "∑_(i=1)^n x_i", not "∑_(i=1)^nx_i". */
    private static void operand(Element scripted) {
        Element base = child(scripted, 0);
        Element next = scripted.nextElementSibling();
        if (base.normalName().equals("mo") && next != null && !next.normalName().equals("mo")
                && scripted.parent() != null && ROWS.contains(scripted.parent().normalName())) {
            scripted.after(mark(" "));
        }
    }

    private static void script(Element script, String mark) {
        if (script.normalName().equals("mo") && PRIMES.contains(script.wholeText().strip())) {
            return;  // f′, not f^′
        }
        boolean group = grouped(script);
        around(script, group ? mark + "(" : mark, group ? ")" : "");
    }

    private static void limit(Element parent, String accent, Element script, String mark) {
        if (!"true".equals(parent.attr(accent))) {
            script(script, mark);
        }
    }

    private static void fraction(Element fraction) {
        Element numerator = child(fraction, 0);
        Element denominator = child(fraction, 1);
        String bar = fraction.attr("linethickness").matches("0+(\\.0*)?[a-z]*") ? " " : "/";
        boolean over = grouped(numerator);
        boolean under = grouped(denominator);
        around(numerator, over ? "(" : "", (over ? ")" : "") + bar);
        around(denominator, under ? "(" : "", under ? ")" : "");
    }

    /** Cells apart by ", " (by nothing where they touch, as an aligned equation's two sides), rows by "; ". */
    private static void table(Element table) {
        String[] spacing = table.attr("columnspacing").isBlank() ? new String[] {"1em"}
                : table.attr("columnspacing").strip().split("\\s+");
        var rows = table.children();
        for (int r = 0; r < rows.size(); r++) {
            var cells = rows.get(r).children();
            for (int c = 0; c < cells.size() - 1; c++) {
                String gap = spacing[Math.min(c, spacing.length - 1)];
                if (!gap.matches("0+(\\.0*)?[a-z]*")) {
                    cells.get(c).appendChild(mark(", "));
                }
            }
            if (r < rows.size() - 1 && !cells.isEmpty()) {
                cells.get(cells.size() - 1).appendChild(mark("; "));
            }
        }
    }

    /** Whether a script or fraction part needs parentheses to read as one: "x^(2n)", but "x^2" and "e^(iπ)". */
    private static boolean grouped(Element e) {
        String name = e.normalName();
        if (TOKENS.contains(name) || name.equals("msqrt")) {
            return false;
        } else if (name.equals("semantics") && e.childrenSize() > 0) {
            return grouped(e.child(0));
        } else if (ROWS.contains(name) && e.childrenSize() == 1) {
            return grouped(e.child(0));
        } else if (ROWS.contains(name) && e.childrenSize() > 1) {
            Element first = e.child(0);
            Element last = e.child(e.childrenSize() - 1);
            boolean fenced = first.normalName().equals("mo") && last.normalName().equals("mo")
                    && OPENING.contains(first.wholeText().strip()) && CLOSING.contains(last.wholeText().strip())
                    && !first.wholeText().isBlank() && !last.wholeText().isBlank();
            return !fenced;
        }
        return e.text().codePointCount(0, e.text().length()) > 1;
    }

    /** Puts marks before and after {@code e}: inside it if it is a row already, else in a new row around it. */
    private static void around(Element e, String before, String after) {
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        Element row = e;
        if (!e.normalName().equals("mrow")) {
            row = new Element("mrow");
            e.replaceWith(row);
            row.appendChild(e);
        }
        if (!before.isEmpty()) {
            row.prependChild(mark(before));
        }
        if (!after.isEmpty()) {
            row.appendChild(mark(after));
        }
    }

    private static Element mark(String text) {
        var semantics = new Element("semantics");
        semantics.appendChild(new Element("mrow"));
        semantics.appendElement("annotation").text(text);
        return semantics;
    }

    private static boolean wide(String width) {
        String w = width.strip();
        try {
            return w.endsWith("em") && Double.parseDouble(w.substring(0, w.length() - 2)) >= 0.16;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Element child(Element e, int index) {
        return index < e.childrenSize() ? e.child(index) : new Element("mrow");
    }

    private LinearText() {}
}
