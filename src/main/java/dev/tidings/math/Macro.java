package dev.tidings.math;

import dev.tidings.math.TexTokens.Kind;
import dev.tidings.math.TexTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A macro an article or the site defines, as MathJax keeps it: {@code \newcommand}'s arguments (the first one
 * optional, with a default, when it says so), or {@code \def}'s parameters with the text that delimits each. Immutable.
 *
 * @param arguments  how many arguments it takes
 * @param optional   whether the first argument is optional ({@code \newcommand{\x}[2][d]{…}}), with {@code fallback}
 *                   its default
 * @param prefix     what must follow the name before the first parameter ({@code \def\x.#1{…}}: a dot)
 * @param delimiters for each parameter, what ends its argument (empty: an undelimited argument)
 */
record Macro(int arguments, boolean optional, List<Token> fallback, List<Token> prefix, List<List<Token>> delimiters,
             List<Token> body) {
    Macro {
        fallback = List.copyOf(fallback);
        prefix = List.copyOf(prefix);
        delimiters = delimiters.stream().map(List::copyOf).toList();
        body = List.copyOf(body);
    }

    /** {@code \newcommand}'s: {@code arguments} undelimited ones. */
    static Macro of(List<Token> body, int arguments) {
        return new Macro(arguments, false, List.of(), List.of(), undelimited(arguments), body);
    }

    /** {@code \newcommand}'s with an optional first argument and its default. */
    static Macro withOptional(List<Token> body, int arguments, List<Token> fallback) {
        return new Macro(arguments, true, fallback, List.of(), undelimited(arguments), body);
    }

    /** {@code \def}'s: {@code parameters} as written between the name and the body ({@code #1,#2.}). */
    static Macro defined(List<Token> parameters, List<Token> body, String name) {
        var prefix = new ArrayList<Token>();
        var delimiters = new ArrayList<List<Token>>();
        for (Token token : parameters) {
            if (token.kind() == Kind.PARAMETER && !token.text().equals("##")) {
                if (!token.text().equals("#" + (delimiters.size() + 1))) {
                    throw new TexError("Parameters for " + name + " must be numbered sequentially");
                }
                delimiters.add(new ArrayList<>());
            } else if (!token.blank() || !delimiters.isEmpty()) {
                (delimiters.isEmpty() ? prefix : delimiters.get(delimiters.size() - 1)).add(token);
            }
        }
        return new Macro(delimiters.size(), false, List.of(), prefix, delimiters, body);
    }

    /** What {@code \let} copies from a built-in command: the command itself, never expanded again. */
    static Macro builtIn(Token command) {
        return of(List.of(new Token(command.kind(), command.text(), true)), 0);
    }

    /** Reads the arguments that follow the macro's {@code name} from {@code in}; returns the body with them put in. */
    List<Token> expand(TexStream in, String name) {
        if (Token.command(name).isWord() && (!prefix.isEmpty() || arguments > 0)) {
            in.skipBlanks();  // TeX never sees the blanks after a control word
        }
        for (Token expected : prefix) {
            if (in.isEmpty() || !in.next().text().equals(expected.text())) {
                throw new TexError("Use of " + name + " doesn't match its definition");
            }
        }
        var values = new ArrayList<List<Token>>();
        for (int i = 0; i < arguments; i++) {
            values.add(i == 0 && optional ? in.optional(name).orElse(fallback) : in.delimited(delimiters.get(i), name));
        }
        var result = new ArrayList<Token>(body.size() + 8);
        for (int i = 0; i < body.size(); i++) {
            Token token = body.get(i);
            if (token.kind() != Kind.PARAMETER) {
                result.add(token);
            } else if (token.text().equals("##") && i + 1 < body.size() && isDigit(body.get(i + 1))) {
                result.add(new Token(Kind.PARAMETER, "#" + body.get(++i).text()));  // a definition inside: its #1
            } else if (token.text().equals("##") || token.text().equals("#")) {
                result.add(Token.character("#"));
            } else {
                int n = token.text().charAt(1) - '0';
                if (n < 1 || n > arguments) {
                    throw new TexError("Illegal macro parameter reference");
                }
                result.addAll(values.get(n - 1));
            }
        }
        return result;
    }

    private static boolean isDigit(Token token) {
        return token.kind() == Kind.CHARACTER && Character.isDigit(token.text().charAt(0));
    }

    private static List<List<Token>> undelimited(int arguments) {
        return java.util.Collections.nCopies(arguments, List.of());
    }
}
