package dev.tidings.math;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * MathJax's {@code <svg>} of one formula made into an image file of its own: only drawing elements and attributes
 * (no links, scripts, styles, classes or MathJax's data attributes), the same ids whatever MathJax's counter was (so
 * the same formula is the same bytes in every process), a size in {@code ex}, and for an inline formula as much room
 * below the baseline as above it, so that the image's middle is the baseline: {@code <img align="middle">} then sits
 * on the baseline in readers that drop an image's {@code style} (Tiny Tiny RSS drops it, and its {@code class}).
 */
final class SvgFile {
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "path", "use", "rect", "line", "polygon",
            "polyline", "ellipse", "circle", "text");
    private static final Set<String> ATTRIBUTES = Set.of("xmlns", "xmlns:xlink", "width", "height", "viewBox",
            "preserveAspectRatio", "d", "id", "transform", "fill", "stroke", "stroke-width", "stroke-dasharray",
            "stroke-linecap", "stroke-linejoin", "stroke-opacity", "fill-opacity", "opacity", "x", "y", "x1", "y1",
            "x2", "y2", "rx", "ry", "cx", "cy", "r", "points", "font-size", "font-family", "font-weight", "font-style",
            "xlink:href");
    private static final Pattern COUNTER = Pattern.compile("MJX-\\d+-");
    private static final Pattern MIN_WIDTH = Pattern.compile("min-width:\\s*([\\d.]+)ex");
    /** The pixels per ex that MathJax's liteDOM adaptor assumes, in which a full-width SVG is drawn. */
    private static final double PX_PER_EX = 8;

    /** The image file of MathJax's {@code svg}. */
    static String of(String svg, boolean display) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        Element root = doc.selectFirst("svg");
        if (root == null) {
            throw new KatexEngine.Failure("MathJax produced no SVG", false);
        }
        String minWidth = root.attr("style");
        doc.select("rect[data-hitbox]").remove();  // a link's click target
        doc.select("a").unwrap();
        for (Element element : root.getAllElements()) {
            if (!ELEMENTS.contains(element.tagName())) {
                element.remove();
                continue;
            }
            for (Attribute attribute : element.attributes().asList()) {
                String name = attribute.getKey();
                String value = attribute.getValue();
                if (!ATTRIBUTES.contains(name) || name.equals("xlink:href") && !value.startsWith("#")) {
                    element.removeAttr(name);
                } else if (name.equals("id") || name.equals("xlink:href")) {
                    element.attr(name, COUNTER.matcher(value).replaceAll("MJX-"));
                }
            }
        }
        Matcher full = MIN_WIDTH.matcher(minWidth);
        if (root.attr("width").equals("100%") && full.find()) {
            // A numbered display formula spans the line, its number at the right end: give it its natural width.
            double width = Double.parseDouble(full.group(1));
            root.attr("width", ex(width)).attr("viewBox", "0 0 " + number(width * PX_PER_EX) + " "
                    + number(exOf(root.attr("height")) * PX_PER_EX));
        } else if (!display) {
            centreOnBaseline(root);
        }
        return root.outerHtml();
    }

    /** The content address of a file: 128 bits of its SHA-256, in hex. */
    static String hash(String file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The file's width and height in {@code ex}, from its root element. */
    static double[] size(String file) {
        Element root = Jsoup.parse(file, "", Parser.xmlParser()).selectFirst("svg");
        return new double[] {exOf(root.attr("width")), exOf(root.attr("height"))};
    }

    /** Extends the view box below or above the formula so that the baseline (y = 0) is in its middle. */
    private static void centreOnBaseline(Element root) {
        String[] box = root.attr("viewBox").trim().split("\\s+");
        if (box.length != 4) {
            return;
        }
        double top = Double.parseDouble(box[1]);
        double height = Double.parseDouble(box[3]);
        double half = Math.max(-top, height + top);  // the larger of the heights above and below the baseline
        double exPerUnit = exOf(root.attr("height")) / height;
        root.attr("viewBox", box[0] + " " + number(-half) + " " + box[2] + " " + number(2 * half));
        root.attr("height", ex(2 * half * exPerUnit));
    }

    private static double exOf(String length) {
        if (!length.endsWith("ex")) {
            throw new KatexEngine.Failure("MathJax gave a size that is not in ex: '" + length + "'", false);
        }
        return Double.parseDouble(length.substring(0, length.length() - 2));
    }

    private static String ex(double value) {
        return number(value) + "ex";
    }

    /** At most three decimals, as MathJax writes them, without trailing zeros. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }

    private SvgFile() {}
}
