package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Liquid expression — a value (a quoted string, a number, a variable such as {@code page.title} or
 * {@code page["title"]}) and its filters ({@link LiquidFilters}) — evaluated to text. What it cannot evaluate is told
 * to {@code problems} and taken as Liquid takes nil: an unknown variable is empty, an unknown filter leaves the value
 * as it was.
 */
final class LiquidExpression {
    private static final Pattern PIECE = Pattern.compile("'[^']*'|\"[^\"]*\"|[|:,]|[^\\s|:,'\"]+");
    private static final Pattern BRACKETS = Pattern.compile("\\[\\s*(['\"])([^'\"]*)\\1\\s*]");
    private static final Pattern LITERAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?|true|false");

    private LiquidExpression() {}

    /**
     * @param variables a variable's value by its dotted name ({@code page.title}), empty when Tidings does not know it
     */
    static String evaluate(String expression, Function<String, Optional<String>> variables,
            Consumer<String> problems) {
        List<String> pieces = pieces(BRACKETS.matcher(expression).replaceAll(".$2"));
        if (pieces.isEmpty()) {
            return "";
        }
        String result = value(pieces.get(0), variables, problems);
        int i = 1;
        while (i < pieces.size()) {
            if (!pieces.get(i).equals("|") || i + 1 >= pieces.size()) {
                problems.accept("'" + String.join(" ", pieces.subList(i, pieces.size())) + "' is not a Liquid filter");
                break;
            }
            String name = pieces.get(i + 1);
            i += 2;
            List<String> args = new ArrayList<>();
            if (i < pieces.size() && pieces.get(i).equals(":")) {
                i++;
                while (i < pieces.size() && !pieces.get(i).equals("|")) {
                    if (i + 1 < pieces.size() && pieces.get(i + 1).equals(":")) {
                        i += 2;  // a keyword argument's name: only its value counts here
                        continue;
                    }
                    if (!pieces.get(i).equals(",")) {
                        args.add(value(pieces.get(i), variables, problems));
                    }
                    i++;
                }
            }
            String input = result;
            result = LiquidFilters.apply(name, input, args, site -> variables.apply("site." + site).orElse(""))
                    .orElseGet(() -> {
                        problems.accept("the filter '" + name + "' is not known to Tidings, so the value is shown "
                                + "unfiltered");
                        return input;
                    });
        }
        return result;
    }

    private static String value(String piece, Function<String, Optional<String>> variables, Consumer<String> problems) {
        if (piece.length() >= 2 && (piece.startsWith("'") || piece.startsWith("\""))) {
            return piece.substring(1, piece.length() - 1);
        }
        if (LITERAL.matcher(piece).matches()) {
            return piece;
        }
        if (piece.equals("nil") || piece.equals("null") || piece.equals("empty") || piece.equals("blank")) {
            return "";
        }
        return variables.apply(piece).orElseGet(() -> {
            problems.accept(piece + " is not known to Tidings, so it is left out");
            return "";
        });
    }

    private static List<String> pieces(String expression) {
        List<String> pieces = new ArrayList<>();
        Matcher m = PIECE.matcher(expression);
        while (m.find()) {
            pieces.add(m.group());
        }
        return pieces;
    }
}
