package dev.tidings.math;

import org.jsoup.safety.Safelist;

/** The MathML that may reach a feed: presentation elements and their layout attributes, nothing that links or styles. */
public final class MathMl {
    private static final String[] TAGS = {"math", "semantics", "annotation", "mrow", "mi", "mo", "mn", "ms", "mtext",
        "mspace", "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mtable", "mtr",
        "mtd", "mlabeledtr", "mstyle", "mpadded", "mphantom", "menclose", "merror", "mmultiscripts", "mprescripts",
        "none"};
    private static final String[] ATTRIBUTES = {"mathvariant", "stretchy", "fence", "separator", "lspace", "rspace",
        "columnalign", "rowalign", "columnspacing", "rowspacing", "columnlines", "rowlines", "displaystyle",
        "scriptlevel", "accent", "accentunder", "movablelimits", "linethickness", "notation", "minsize", "maxsize",
        "symmetric", "largeop", "form", "frame", "framespacing", "equalrows", "equalcolumns", "width", "height",
        "depth", "voffset", "align"};

    /** Adds the MathML elements and attributes to {@code safelist}. */
    public static Safelist allow(Safelist safelist) {
        return safelist.addTags(TAGS)
                .addAttributes(":all", ATTRIBUTES)
                .addAttributes("math", "xmlns", "display", "alttext")
                .addAttributes("annotation", "encoding");
    }

    /** MathML and nothing else. */
    static Safelist only() {
        return allow(Safelist.none());
    }

    private MathMl() {}
}
