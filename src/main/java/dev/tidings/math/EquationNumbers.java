package dev.tidings.math;

import dev.tidings.math.TexTokens.Kind;
import dev.tidings.math.TexTokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article's equation numbers, as MathJax's {@code tags} setting gives them ({@link TexConfig.Tags}): with
 * {@code ams}, each row of {@code align}, {@code gather}, {@code alignat}, {@code eqnarray}… and each
 * {@code equation} and {@code multline} is numbered, in document order, unless starred or {@code \nonumber}/
 * {@code \notag}; {@code \tag{x}} replaces the number; {@code \label} names it for {@code \eqref} ({@code (n)}) and
 * {@code \ref} ({@code n}), which may come before it; an unknown label shows {@code ???}. Numbers reach KaTeX as
 * {@code \tag*{\text{(n)}}} in the starred environment KaTeX has ({@link TagCells} puts them in its MathML), or, for an
 * {@code equation} that is the whole formula, as the formula's own tag. Not thread-safe: one per article.
 */
final class EquationNumbers {
    /** MathJax's numbered environments, and the starred one KaTeX renders each as. */
    private static final Map<String, String> KATEX = Map.of("equation", "equation*", "align", "align*",
            "flalign", "align*", "alignat", "alignat*", "xalignat", "alignat*", "xxalignat", "alignat*",
            "gather", "gather*", "multline", "gather*", "eqnarray", "align*");

    private final TexConfig.Tags tags;
    private final Map<String, String> labels = new HashMap<>();
    private int counter;

    EquationNumbers(TexConfig.Tags tags) {
        this.tags = tags;
    }

    /**
     * The formula's tokens with its numbers and tags in KaTeX's form, its labels taken out (and remembered) and its
     * references left as {@link Kind#REFERENCE} tokens for {@link #resolve}. Whether anything changed is
     * {@code tokens != result}.
     */
    List<Token> number(List<Token> tokens, boolean display) {
        if (!(display && tags == TexConfig.Tags.ALL) && tokens.stream().noneMatch(EquationNumbers::concerned)) {
            return tokens;
        }
        List<Token> formula = references(tokens);
        if (!display) {
            return EquationRow.of(formula).rest();
        }
        var out = new ArrayList<Token>();
        var environments = TexEnvironment.topLevel(formula, KATEX.keySet());
        if (environments.isEmpty()) {
            EquationRow row = EquationRow.of(formula);
            out.addAll(row.rest());
            tag(row, tags == TexConfig.Tags.ALL).ifPresent(text -> out.addAll(TexTokens.of("\\tag*" + "{" + text + "}")));
            return out;
        }
        boolean whole = environments.size() == 1 && environments.get(0).isWhole(formula);
        int at = 0;
        for (TexEnvironment environment : environments) {
            out.addAll(formula.subList(at, environment.start()));
            out.addAll(rewrite(environment, whole));
            at = environment.end();
        }
        out.addAll(formula.subList(at, formula.size()));
        return out;
    }

    /** The formula's TeX with each reference's number, now that the whole article is numbered. */
    String resolve(List<Token> tokens) {
        var resolved = new ArrayList<Token>(tokens.size());
        for (Token token : tokens) {
            if (token.kind() == Kind.REFERENCE || token.kind() == Kind.EQUATION_REFERENCE) {
                String number = labels.getOrDefault(token.text(), "???");
                resolved.addAll(TexText.of(token.kind() == Kind.EQUATION_REFERENCE ? "(" + number + ")" : number));
            } else {
                resolved.add(token);
            }
        }
        return TexTokens.text(resolved);
    }

    private List<Token> rewrite(TexEnvironment environment, boolean whole) {
        String name = environment.name().replace("*", "");
        boolean numbered = !environment.name().endsWith("*") && !name.equals("xxalignat") && tags != TexConfig.Tags.NONE;
        List<List<Token>> rows = environment.rows();
        var out = new ArrayList<Token>();
        if (name.equals("equation")) {
            EquationRow row = EquationRow.of(environment.body());
            var text = tag(row, numbered);
            if (whole || text.isEmpty()) {
                out.addAll(row.rest());
                text.ifPresent(t -> out.addAll(TexTokens.of("\\tag*{" + t + "}")));
                return out;
            }
            return environment.as(KATEX.get(name), List.of(row.rest()), List.of(0), List.of(text.get()), false);
        }
        if (name.equals("multline")) {  // one number, on the last row
            var text = tag(EquationRow.of(environment.body()), numbered);
            List<List<Token>> kept = rows.stream().map(row -> EquationRow.of(row).rest()).toList();
            return environment.as(KATEX.get(name), kept, text.map(t -> List.of(kept.size() - 1)).orElse(List.of()),
                    text.map(List::of).orElse(List.of()), false);
        }
        var numberedRows = new ArrayList<Integer>();
        var texts = new ArrayList<String>();
        var kept = new ArrayList<List<Token>>();
        for (List<Token> tokens : rows) {
            EquationRow row = EquationRow.of(tokens);
            tag(row, numbered).ifPresent(text -> {
                numberedRows.add(kept.size());
                texts.add(text);
            });
            kept.add(row.rest());
        }
        return environment.as(KATEX.get(name), kept, numberedRows, texts, name.equals("eqnarray"));
    }

    /** The row's tag as {@code \text{…}} TeX, if it has one: its own, or the next number; its label now names it. */
    private Optional<String> tag(EquationRow row, boolean numbered) {
        String shown;
        String named;
        if (row.hasTag()) {
            named = row.tag();
            shown = row.starredTag() ? row.tag() : "(" + row.tag() + ")";
        } else if (numbered && !row.noNumber()) {
            named = Integer.toString(counter + 1);
            shown = "(" + named + ")";
        } else {
            return Optional.empty();
        }
        if (!row.label().isEmpty() && labels.putIfAbsent(row.label(), named) != null) {
            throw new TexError("Label '" + row.label() + "' multiply defined");
        }
        if (!row.hasTag()) {
            counter++;
        }
        return Optional.of(TexText.tex(shown));
    }

    /** {@code \eqref{a}} and {@code \ref{a}} as tokens that stand for them until the numbers are known. */
    private static List<Token> references(List<Token> tokens) {
        var in = new TexStream(tokens);
        var out = new ArrayList<Token>(tokens.size());
        while (!in.isEmpty()) {
            Token token = in.next();
            if (token.is("\\eqref") || token.is("\\ref")) {
                out.add(new Token(token.is("\\eqref") ? Kind.EQUATION_REFERENCE : Kind.REFERENCE,
                        in.text(token.text())));
            } else {
                out.add(token);
            }
        }
        return out;
    }

    private static boolean concerned(Token token) {
        return token.kind() == Kind.COMMAND && (token.is("\\begin") || token.is("\\label") || token.is("\\tag")
                || token.is("\\eqref") || token.is("\\ref") || token.is("\\nonumber") || token.is("\\notag"));
    }
}
