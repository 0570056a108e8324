package dev.tidings.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Aligns the left-aligned columns of KaTeX's tables where MathML Core ignores {@code columnalign} (Chromium centres
 * every cell): each cell of such a column is put in an {@code mpadded} a little wider than {@link FormulaWidth} guesses
 * the column's widest cell, its content at the left edge, so the cells start at one line — the relation signs of an
 * {@code aligned} equation, the values and the conditions of {@code cases}. Firefox, which honours
 * {@code columnalign}, shows the same. Right-aligned columns are left centred: right-aligning by guessed widths is off
 * by as much as the reader's font differs from the guess (DejaVu Math is a quarter wider than Latin Modern), and by
 * {@code dir="rtl"} misplaces the content in Firefox. Also drops the empty cells KaTeX adds for its stylesheet (the
 * {@code mtr-glue} ones that centre an {@code align}, and equation number cells with no number), which MathML Core
 * would lay out as empty columns.
 */
final class TableColumns {
    /** Room for a reader's font wider than the guess: DejaVu Math TeX Gyre is up to 44% wider than Latin Modern. */
    private static final double ROOM = 1.45;

    /** Aligns {@code table}'s columns, in place; cells of nested tables must be aligned first. */
    static void align(Element table) {
        dropGlue(table);
        String[] align = table.attr("columnalign").isBlank() ? new String[] {"center"}
                : table.attr("columnalign").strip().split("\\s+");
        List<List<Element>> columns = columns(table);
        for (int c = 0; c < columns.size(); c++) {
            String side = align[Math.min(c, align.length - 1)];
            if (side.equals("left")) {
                pad(columns.get(c));
            }
        }
    }

    private static void pad(List<Element> cells) {
        var contents = new ArrayList<Element>();
        double widest = 0;
        for (Element cell : cells) {
            // KaTeX wraps each cell's content in an mstyle that sets its display style: pad inside it, so that the
            // em of the padding is the em of the content
            Element holder = cell.childrenSize() == 1 && cell.child(0).normalName().equals("mstyle") ? cell.child(0)
                    : cell;
            boolean display = holder != cell && "true".equals(holder.attr("displaystyle"));
            contents.add(holder);
            widest = Math.max(widest, holder.children().stream().mapToDouble(e -> FormulaWidth.of(e, display)).sum());
        }
        String width = em(ROOM * widest);
        for (Element holder : contents) {
            var padded = new Element("mpadded").attr("width", width);
            for (var child : List.copyOf(holder.childNodes())) {
                padded.appendChild(child);
            }
            holder.appendChild(padded);
        }
    }

    private static List<List<Element>> columns(Element table) {
        var columns = new ArrayList<List<Element>>();
        for (Element row : table.children()) {
            int c = 0;
            for (Element cell : row.children()) {
                if (c == columns.size()) {
                    columns.add(new ArrayList<>());
                }
                columns.get(c++).add(cell);
            }
        }
        return columns;
    }

    private static void dropGlue(Element table) {
        List<Element> cells = table.children().stream().flatMap(row -> row.children().stream()).toList();
        cells.stream().filter(cell -> cell.hasClass("mtr-glue")).forEach(Element::remove);
        List<Element> numbers = cells.stream().filter(cell -> cell.hasClass("mml-eqn-num")).toList();
        if (numbers.stream().allMatch(cell -> cell.text().isBlank())) {
            numbers.forEach(Element::remove);
        }
    }

    private static String em(double width) {
        return String.format(Locale.ROOT, "%.2fem", Math.max(0, width)).replace(".00em", "em");
    }

    private TableColumns() {}
}
