package dev.tidings.math;

import dev.tidings.math.TexTokens.Kind;
import dev.tidings.math.TexTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One formula's TeX as MathJax reads it before typesetting: {@code \newcommand}, {@code \renewcommand}, {@code \def},
 * {@code \let} and {@code \DeclareMathOperator} define macros in {@code macros} (for this formula and every later one,
 * whether the command existed or not) and leave nothing behind; the macros defined are expanded; MathJax's own
 * commands that KaTeX lacks become what they show (<code>&#92;unicode</code>) or their content ({@code \bbox}, {@code \style},
 * {@code \class}, {@code \cssId}; {@code \require} nothing). Not thread-safe: one per article.
 */
final class MacroExpander {
    /** MathJax's {@code maxMacros}: more substitutions than this in one formula is an error, as in MathJax. */
    private static final int MAX_SUBSTITUTIONS = 10_000;
    /** MathJax's {@code maxBuffer} is 5 KB of text; tokens here, so a little more room. */
    private static final int MAX_TOKENS = 50_000;
    private static final Set<String> DEFINITIONS = Set.of("\\newcommand", "\\renewcommand", "\\def", "\\gdef", "\\let",
            "\\DeclareMathOperator");
    private static final Set<String> CONTENT_ONLY = Set.of("\\style", "\\class", "\\cssId");

    private final Map<String, Macro> macros;

    /** @param macros the macros in force, which the formulas' definitions change */
    MacroExpander(Map<String, Macro> macros) {
        this.macros = macros;
    }

    /** The formula's tokens with every definition taken out and every macro defined so far expanded. */
    List<Token> expand(List<Token> formula) {
        var in = new TexStream(formula);
        var out = new ArrayList<Token>(formula.size());
        int substitutions = 0;
        while (!in.isEmpty()) {
            Token token = in.next();
            if (token.kind() != Kind.COMMAND) {
                out.add(token);
                continue;
            }
            if (token.frozen()) {
                out.add(new Token(Kind.COMMAND, token.text()));
                continue;
            }
            Macro macro = macros.get(token.text());
            if (macro == null && !DEFINITIONS.contains(token.text()) && !isMathJaxOwn(token.text())) {
                out.add(token);
                continue;
            }
            if (++substitutions > MAX_SUBSTITUTIONS) {
                throw new TexError("MathJax maximum macro substitution count exceeded; is here a recursive macro call?");
            }
            if (macro != null) {
                in.push(macro.expand(in, token.text()));
            } else if (DEFINITIONS.contains(token.text())) {
                define(token.text(), in);
            } else {
                in.push(mathJaxOwn(token.text(), in));
            }
            if (out.size() > MAX_TOKENS) {
                throw new TexError("MathJax internal buffer size exceeded; is there a recursive macro call?");
            }
        }
        return out;
    }

    private void define(String command, TexStream in) {
        switch (command) {
            case "\\newcommand", "\\renewcommand" -> {
                in.take("*");
                String name = name(command, in);
                int arguments = in.optional(command).map(count -> count(TexTokens.text(count), command)).orElse(0);
                var fallback = in.optional(command);
                List<Token> body = in.argument(command);
                macros.put(name, fallback.map(value -> Macro.withOptional(body, arguments, value))
                        .orElseGet(() -> Macro.of(body, arguments)));
            }
            case "\\def", "\\gdef" -> {
                String name = name(command, in);
                var parameters = new ArrayList<Token>();
                while (!in.isEmpty() && in.peekPastBlanks().filter(t -> t.kind() != Kind.OPEN).isPresent()) {
                    parameters.add(in.next());
                }
                macros.put(name, Macro.defined(parameters, in.argument(command), name));
            }
            case "\\let" -> {
                String name = name(command, in);
                in.skipBlanks();
                in.take("=");
                in.skipBlanks();
                if (in.isEmpty()) {
                    throw new TexError("Missing argument for " + command);
                }
                Token target = in.next();
                Macro existing = target.frozen() ? null : macros.get(target.text());
                macros.put(name, existing != null ? existing : Macro.builtIn(target));
            }
            default -> {  // \DeclareMathOperator, \DeclareMathOperator*
                boolean limits = in.take("*");
                String name = name(command, in);
                var body = new ArrayList<Token>();
                body.add(Token.command("\\operatorname"));
                if (limits) {
                    body.add(Token.character("*"));
                }
                body.add(new Token(Kind.OPEN, "{"));
                body.addAll(in.argument(command));
                body.add(new Token(Kind.CLOSE, "}"));
                macros.put(name, Macro.of(body, 0));
            }
        }
    }

    /** The name a definition defines: {@code \newcommand{\x}} or {@code \newcommand\x}. */
    private static String name(String command, TexStream in) {
        List<Token> argument = in.argument(command);
        List<Token> name = argument.stream().filter(token -> !token.blank()).toList();
        if (name.size() != 1 || name.get(0).kind() != Kind.COMMAND) {
            throw new TexError("First argument to " + command + " must be a control sequence");
        }
        return name.get(0).text();
    }

    private static int count(String text, String command) {
        if (!text.strip().matches("[0-9]")) {
            throw new TexError("Illegal number of parameters specified in " + command);
        }
        return Integer.parseInt(text.strip());
    }

    private static boolean isMathJaxOwn(String command) {
        return command.equals("\\require") || command.equals("\\unicode") || command.equals("\\bbox")
                || CONTENT_ONLY.contains(command);
    }

    /** What a command of MathJax's own that KaTeX lacks shows, as TeX KaTeX reads. */
    private static List<Token> mathJaxOwn(String command, TexStream in) {
        switch (command) {
            case "\\require" -> {
                in.argument(command);
                return List.of();
            }
            case "\\unicode" -> {
                in.optional(command);  // its height and depth, or its font
                in.optional(command);
                return TexText.of(unicode(in.text(command)));
            }
            case "\\bbox" -> {
                in.optional(command);  // background, border, padding: styles a feed's MathML does not keep
                return grouped(in.argument(command));
            }
            default -> {  // \style, \class, \cssId: CSS that a feed's MathML does not keep
                in.argument(command);
                return grouped(in.argument(command));
            }
        }
    }

    /** <code>&#92;unicode</code>'s argument, {@code x2206} (hexadecimal) or {@code 8710}, as the character it names. */
    private static String unicode(String argument) {
        String number = argument.replaceFirst("^0x", "x");
        if (!number.matches("x[0-9A-Fa-f]{1,6}|[0-9]{1,7}")) {
            throw new TexError("Argument to \\unicode must be a number");
        }
        int code = number.startsWith("x") ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
        if (!Character.isValidCodePoint(code) || Character.getType(code) == Character.SURROGATE) {
            throw new TexError("Invalid unicode character");
        }
        return Character.toString(code);
    }

    private static List<Token> grouped(List<Token> content) {
        var group = new ArrayList<Token>(content.size() + 2);
        group.add(new Token(Kind.OPEN, "{"));
        group.addAll(content);
        group.add(new Token(Kind.CLOSE, "}"));
        return group;
    }
}
