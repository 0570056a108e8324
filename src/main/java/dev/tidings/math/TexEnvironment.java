package dev.tidings.math;

import dev.tidings.math.TexTokens.Kind;
import dev.tidings.math.TexTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code \begin{name}…\end{name}} at the top level of a formula (not inside braces or another environment):
 * where it is in the formula's tokens, its arguments ({@code alignat}'s column count) and its body, split into rows.
 *
 * @param start     the index of its {@code \begin}
 * @param end       the index just after its {@code \end{…}}
 * @param arguments the tokens between {@code \begin{name}} and the body: {@code {2}} for {@code alignat}
 */
record TexEnvironment(String name, int start, int end, List<Token> arguments, List<Token> body) {
    private static final Set<String> WITH_COLUMNS = Set.of("alignat", "xalignat", "xxalignat");

    TexEnvironment {
        arguments = List.copyOf(arguments);
        body = List.copyOf(body);
    }

    /** The environments named one of {@code names} (starred or not) at the top level of {@code formula}. */
    static List<TexEnvironment> topLevel(List<Token> formula, Set<String> names) {
        var found = new ArrayList<TexEnvironment>();
        int depth = 0;
        for (int i = 0; i < formula.size(); i++) {
            Token token = formula.get(i);
            depth += token.kind() == Kind.OPEN ? 1 : token.kind() == Kind.CLOSE ? -1 : 0;
            Optional<String> name = token.is("\\begin") ? name(formula, i + 1) : Optional.empty();
            if (depth != 0 || name.isEmpty()) {
                continue;
            }
            int bodyStart = after(formula, i + 1);
            var arguments = new ArrayList<Token>();
            if (WITH_COLUMNS.contains(name.get().replace("*", ""))) {
                while (bodyStart < formula.size() && formula.get(bodyStart).blank()) {
                    bodyStart++;
                }
                int argumentEnd = after(formula, bodyStart);
                arguments.addAll(formula.subList(bodyStart, argumentEnd));
                bodyStart = argumentEnd;
            }
            int end = matchingEnd(formula, bodyStart);
            if (end < 0) {
                return found;  // no \end: KaTeX says so
            }
            if (names.contains(name.get().replace("*", ""))) {
                found.add(new TexEnvironment(name.get(), i, after(formula, end + 1), arguments,
                        formula.subList(bodyStart, end)));
            }
            i = after(formula, end + 1) - 1;
        }
        return found;
    }

    /** Whether nothing but blanks comes before and after it in {@code formula}. */
    boolean isWhole(List<Token> formula) {
        return formula.subList(0, start).stream().allMatch(Token::blank)
                && formula.subList(end, formula.size()).stream().allMatch(Token::blank);
    }

    /** The body's rows, split at {@code \\} on its top level; a last row of blanks only is dropped, as MathJax does. */
    List<List<Token>> rows() {
        return split().get(0);
    }

    /**
     * The environment as {@code katexName} with {@code rows} (as many as {@link #rows()}; merged columns two and three,
     * as {@code eqnarray}'s three become {@code align}'s two), row {@code tagged.get(i)} tagged {@code texts.get(i)}.
     */
    List<Token> as(String katexName, List<List<Token>> rows, List<Integer> tagged, List<String> texts,
                   boolean mergeColumns) {
        List<List<Token>> separators = split().get(1);
        var out = new ArrayList<>(TexTokens.of("\\begin{" + katexName + "}"));
        out.addAll(arguments);
        for (int i = 0; i < rows.size(); i++) {
            out.addAll(mergeColumns ? merged(rows.get(i)) : rows.get(i));
            int tag = tagged.indexOf(i);
            if (tag >= 0) {
                out.addAll(TexTokens.of("\\tag*{" + texts.get(tag) + "}"));
            }
            if (i < rows.size() - 1) {
                out.addAll(separators.get(i));
            }
        }
        out.addAll(TexTokens.of("\\end{" + katexName + "}"));
        return out;
    }

    /** The rows, then the separators between them ({@code \\}, with its {@code *} and {@code […]} if any). */
    private List<List<List<Token>>> split() {
        var rows = new ArrayList<List<Token>>();
        var separators = new ArrayList<List<Token>>();
        var row = new ArrayList<Token>();
        int depth = 0;
        for (int i = 0; i < body.size(); i++) {
            Token token = body.get(i);
            depth += token.kind() == Kind.OPEN || token.is("\\begin") ? 1
                    : token.kind() == Kind.CLOSE || token.is("\\end") ? -1 : 0;
            if (depth != 0 || !token.is("\\\\")) {
                row.add(token);
                continue;
            }
            var separator = new ArrayList<Token>(List.of(token));
            int next = i + 1;
            if (next < body.size() && body.get(next).isCharacter("*")) {
                separator.add(body.get(next++));
            }
            if (next < body.size() && body.get(next).isCharacter("[")) {
                while (next < body.size() && !body.get(next).isCharacter("]")) {
                    separator.add(body.get(next++));
                }
                if (next < body.size()) {
                    separator.add(body.get(next++));
                }
            }
            i = next - 1;
            rows.add(row);
            separators.add(separator);
            row = new ArrayList<>();
        }
        if (rows.isEmpty() || !row.stream().allMatch(Token::blank)) {
            rows.add(row);
        } else {
            separators.remove(separators.size() - 1);
        }
        return List.of(rows, separators);
    }

    /** The row without its second {@code &} on the top level. */
    private static List<Token> merged(List<Token> row) {
        var out = new ArrayList<Token>(row.size());
        int depth = 0;
        int ampersands = 0;
        for (Token token : row) {
            depth += token.kind() == Kind.OPEN || token.is("\\begin") ? 1
                    : token.kind() == Kind.CLOSE || token.is("\\end") ? -1 : 0;
            if (depth == 0 && token.isCharacter("&") && ++ampersands == 2) {
                continue;
            }
            out.add(token);
        }
        return out;
    }

    /** The environment name in the braces that start at {@code from} (after blanks), if they are there. */
    private static Optional<String> name(List<Token> formula, int from) {
        int i = from;
        while (i < formula.size() && formula.get(i).blank()) {
            i++;
        }
        if (i >= formula.size() || formula.get(i).kind() != Kind.OPEN) {
            return Optional.empty();
        }
        var name = new StringBuilder();
        for (i++; i < formula.size() && formula.get(i).kind() != Kind.CLOSE; i++) {
            name.append(formula.get(i).text());
        }
        return i < formula.size() ? Optional.of(name.toString().strip()) : Optional.empty();
    }

    /** The index after the braced group that starts at or after {@code from} (after blanks). */
    private static int after(List<Token> formula, int from) {
        int i = from;
        while (i < formula.size() && formula.get(i).kind() != Kind.OPEN) {
            i++;
        }
        int depth = 0;
        for (; i < formula.size(); i++) {
            depth += formula.get(i).kind() == Kind.OPEN ? 1 : formula.get(i).kind() == Kind.CLOSE ? -1 : 0;
            if (depth == 0) {
                return i + 1;
            }
        }
        return formula.size();
    }

    /** The index of the {@code \end} that closes the environment whose body starts at {@code from}; -1 if none. */
    private static int matchingEnd(List<Token> formula, int from) {
        int depth = 0;
        for (int i = from; i < formula.size(); i++) {
            if (formula.get(i).is("\\begin")) {
                depth++;
            } else if (formula.get(i).is("\\end") && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }
}
