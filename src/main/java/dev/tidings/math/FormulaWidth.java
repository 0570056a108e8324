package dev.tidings.math;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jsoup.nodes.Element;

/**
 * How wide a piece of MathML will be, roughly, in em of its font size: from Latin Modern's advance widths, MathML
 * Core's operator spacing, and script sizes of 71% and 50%. Readers' fonts differ (DejaVu Math TeX Gyre runs up to 44%
 * wider), so {@link TableColumns} takes it as a lower bound and adds room.
 */
final class FormulaWidth {
    private static final String RELATIONS = "=<>≤≥≠≈≡∼≃≅∝∈∉∋⊂⊃⊆⊇→←↔⇒⇐⇔↦⟶⟹⟺:≪≫⊥∣≺≻⪯⪰⊢⊨≔≐≜∽≲≳∌⊄⊊⊋⟵⟷↑↓⇑⇓";
    private static final String BINARY = "+-−±∓×÷⋅∘∗∪∩⊕⊗⊙∧∨∖⋆⊎⊓⊔△▽⊖⊘⊚≀⨿∔";
    private static final String LARGE = "∑∏∐⋃⋂⨁⨂⨀⨄⋁⋀";
    private static final String INTEGRALS = "∫∬∭∮∯∰";
    private static final String NARROW = "()[]|,.;:!'′″‴ıȷ⟨⟩⌈⌉⌊⌋";
    private static final double SCRIPT = 0.71;
    private static final double MTD_PADDING = 0.8;  // Chromium's mtd: 0.4em on either side

    private final boolean display;
    private final double scale;

    private FormulaWidth(boolean display, double scale) {
        this.display = display;
        this.scale = scale;
    }

    /** The width of {@code element}, in em of its own font size, in display style or not. */
    static double of(Element element, boolean display) {
        return new FormulaWidth(display, 1).width(element);
    }

    private double width(Element e) {
        return switch (e.normalName()) {
            case "mi" -> text(e.wholeText(), e.wholeText().codePointCount(0, e.wholeText().length()) == 1
                    && !"normal".equals(e.attr("mathvariant")));
            case "mn", "mtext", "ms" -> text(e.wholeText(), false);
            case "mo" -> operator(e);
            case "mspace" -> length(e.attr("width")).orElse(0);
            case "mpadded" -> length(e.attr("width")).orElseGet(() -> sum(e.children()));
            case "mstyle" -> styled(e).sum(e.children());
            case "semantics" -> e.childrenSize() == 0 ? 0 : width(e.child(0));
            case "msup", "msub" -> width(child(e, 0)) + scripted().width(child(e, 1)) + 0.05 * scale;
            case "msubsup", "mmultiscripts" -> width(child(e, 0)) + Math.max(scripted().width(child(e, 1)),
                    scripted().width(child(e, 2))) + 0.05 * scale;
            case "munder", "mover" -> Math.max(width(child(e, 0)), scripted().width(child(e, 1)));
            case "munderover" -> Math.max(width(child(e, 0)), Math.max(scripted().width(child(e, 1)),
                    scripted().width(child(e, 2))));
            case "mfrac" -> {
                FormulaWidth parts = display ? new FormulaWidth(false, scale) : scripted();
                yield Math.max(parts.width(child(e, 0)), parts.width(child(e, 1))) + 0.24 * scale;
            }
            case "msqrt" -> sum(e.children()) + 0.85 * scale;
            case "mroot" -> width(child(e, 0)) + 0.85 * scale + Math.max(0, scripted().width(child(e, 1)) - 0.3);
            case "menclose" -> sum(e.children()) + 0.4 * scale;
            case "mtable" -> table(e);
            case "annotation", "annotation-xml" -> 0;
            default -> sum(e.children());
        };
    }

    private double sum(List<Element> elements) {
        return elements.stream().mapToDouble(this::width).sum();
    }

    private double table(Element table) {
        var columns = new ArrayList<Double>();
        for (Element row : table.children()) {
            int column = 0;
            for (Element cell : row.children()) {
                double w = sum(cell.children());
                if (column == columns.size()) {
                    columns.add(w);
                } else {
                    columns.set(column, Math.max(columns.get(column), w));
                }
                column++;
            }
        }
        return columns.stream().mapToDouble(w -> w + MTD_PADDING * scale).sum();
    }

    private FormulaWidth scripted() {
        return new FormulaWidth(false, scale * SCRIPT);
    }

    private FormulaWidth styled(Element mstyle) {
        boolean d = mstyle.hasAttr("displaystyle") ? "true".equals(mstyle.attr("displaystyle")) : display;
        double s = switch (mstyle.attr("scriptlevel").strip()) {
            case "0" -> 1;
            case "1" -> SCRIPT;
            case "2" -> 0.5;
            case "+1" -> scale * SCRIPT;
            default -> scale;
        };
        return new FormulaWidth(d, s);
    }

    private double operator(Element mo) {
        String text = mo.wholeText().strip();
        double glyph = text(text, false);
        if (text.length() == 1 && (LARGE.indexOf(text.charAt(0)) >= 0 || INTEGRALS.indexOf(text.charAt(0)) >= 0)) {
            glyph = (display ? 1.4 : 1.0) * scale * (INTEGRALS.indexOf(text.charAt(0)) >= 0 ? 0.7 : 1);
        }
        double space;
        if (text.isEmpty() || text.length() == 1 && NARROW.indexOf(text.charAt(0)) >= 0 && !",;".contains(text)) {
            space = 0;
        } else if (",;".contains(text)) {
            space = 0.1667;
        } else if (RELATIONS.contains(text)) {
            space = 2 * 0.2778;
        } else if (BINARY.contains(text)) {
            space = mo.elementSiblingIndex() == 0 && mo.parent() != null && mo.parent().childrenSize() > 1 ? 0
                    : 2 * 0.2222;
        } else if (text.length() == 1 && (LARGE.indexOf(text.charAt(0)) >= 0 || "⁡⁢⁣⁤".contains(text))) {
            space = LARGE.indexOf(text.charAt(0)) >= 0 ? 2 * 0.1667 : 0;
        } else {
            space = 2 * 0.1667;
        }
        double l = length(mo.attr("lspace")).orElse(-1);
        double r = length(mo.attr("rspace")).orElse(-1);
        if (l >= 0 || r >= 0) {
            space = Math.max(l, 0) + Math.max(r, 0);
        }
        return glyph + (scale > 0.9 ? space : space / 2) * scale;
    }

    private double text(String text, boolean italic) {
        double w = 0;
        for (int c : text.codePoints().toArray()) {
            w += advance(c, italic);
        }
        return w * scale;
    }

    private static double advance(int c, boolean italic) {
        if (c >= 'a' && c <= 'z') {
            return (italic ? ITALIC_SMALL : ROMAN_SMALL)[c - 'a'];
        } else if (c >= 'A' && c <= 'Z') {
            return (italic ? ITALIC_CAPITAL : ROMAN_CAPITAL)[c - 'A'];
        } else if (c >= '0' && c <= '9') {
            return 0.5;
        } else if (c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFF60) {
            return 1;  // CJK, full width
        } else if (c >= 0x1D400 && c <= 0x1D7FF || c >= 0x2100 && c <= 0x214F) {
            return 0.78;  // mathematical alphanumerics and letterlike symbols: mostly capitals, wider
        } else if (c >= 0x391 && c <= 0x3A9) {
            return 0.72;
        } else if (c >= 0x3B1 && c <= 0x3F6) {
            return 0.58;
        } else if (c == 0x2061 || c == 0x2062 || c == 0x2063 || c == 0x2064 || c == 0x200B) {
            return 0;
        } else if (c == ' ' || c == 0xA0) {
            return 0.25;
        } else if (c >= 0x2000 && c <= 0x200A) {
            return new double[] {0.5, 1, 0.5, 1, 0.333, 0.25, 0.1667, 0.5, 0.28, 0.1667, 0.083}[c - 0x2000];
        } else if (NARROW.indexOf(c) >= 0) {
            return 0.33;
        } else if ("{}/‖∂".indexOf(c) >= 0) {
            return 0.5;
        } else if ("…⋯⋮⋱∞→←⇒⇐↦⟶⟹⟺↔⇔".indexOf(c) >= 0) {
            return c == '⟶' || c == '⟹' || c == '⟺' ? 1.6 : 1;
        }
        return 0.78;  // operators and anything else
    }

    private static final double[] ROMAN_SMALL = {0.5, 0.56, 0.44, 0.56, 0.44, 0.31, 0.5, 0.56, 0.28, 0.31, 0.53,
        0.28, 0.83, 0.56, 0.5, 0.56, 0.53, 0.39, 0.39, 0.39, 0.56, 0.53, 0.72, 0.53, 0.53, 0.44};
    private static final double[] ROMAN_CAPITAL = {0.75, 0.71, 0.72, 0.76, 0.68, 0.65, 0.78, 0.75, 0.36, 0.51, 0.78,
        0.63, 0.92, 0.75, 0.78, 0.68, 0.78, 0.74, 0.56, 0.72, 0.75, 0.75, 1.03, 0.75, 0.75, 0.61};
    private static final double[] ITALIC_SMALL = {0.53, 0.43, 0.43, 0.52, 0.47, 0.49, 0.48, 0.58, 0.35, 0.41, 0.52,
        0.3, 0.88, 0.6, 0.49, 0.5, 0.45, 0.45, 0.47, 0.36, 0.57, 0.49, 0.72, 0.57, 0.49, 0.47};
    private static final double[] ITALIC_CAPITAL = {0.75, 0.76, 0.72, 0.83, 0.74, 0.64, 0.79, 0.83, 0.44, 0.55, 0.85,
        0.68, 0.97, 0.8, 0.76, 0.64, 0.79, 0.76, 0.61, 0.58, 0.68, 0.58, 0.94, 0.83, 0.58, 0.68};

    private static Element child(Element e, int index) {
        return index < e.childrenSize() ? e.child(index) : new Element("mrow");
    }

    /** A length in em, for the units KaTeX writes (em, and ex at half an em); empty if absent or relative. */
    private static OptionalDouble length(String value) {
        String v = value.strip();
        try {
            if (v.endsWith("em")) {
                return OptionalDouble.of(Double.parseDouble(v.substring(0, v.length() - 2)));
            } else if (v.endsWith("ex")) {
                return OptionalDouble.of(Double.parseDouble(v.substring(0, v.length() - 2)) / 2);
            } else if (v.equals("0")) {
                return OptionalDouble.of(0);
            }
        } catch (NumberFormatException e) {
            // a pseudo-unit or a percentage: not ours to estimate
        }
        return OptionalDouble.empty();
    }
}
