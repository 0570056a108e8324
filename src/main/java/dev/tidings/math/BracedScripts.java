package dev.tidings.math;

import dev.tidings.math.TexTokens.Kind;
import dev.tidings.math.TexTokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A formula's TeX with each subscript or superscript that is a control word braced together with the arguments it
 * takes: {@code f_\max} becomes {@code f_{\max}}, {@code \nabla_\tilde{\mathbf{x}}} becomes
 * {@code \nabla_{\tilde{\mathbf{x}}}}. MathJax reads a script as the next token and, if that is a command, its
 * arguments too; KaTeX refuses most commands there ("Got function '\max' with no arguments as subscript"). The
 * arguments of {@code \text} and its kind are text, left as they are.
 */
final class BracedScripts {
    /** A {@code _} or {@code ^} that a control word follows, maybe after spaces and comments. */
    private static final Pattern SCRIPTED_COMMAND = Pattern.compile("[_^](?:\\s|%[^\n]*\n?)*\\\\[A-Za-z]");
    /** How many arguments a command takes, as MathJax reads it; a command not named here takes none. */
    private static final Map<String, Integer> ARGUMENTS = arguments();
    /** Commands whose first argument may come after an optional {@code […]} one. */
    private static final Set<String> OPTIONAL = Set.of("\\sqrt", "\\xrightarrow", "\\xleftarrow");
    /** Commands whose argument is text, not math: its {@code _} is no script. */
    private static final Set<String> TEXT = Set.of("\\text", "\\textrm", "\\textsf", "\\texttt", "\\textnormal",
            "\\textbf", "\\textmd", "\\textit", "\\textup", "\\emph", "\\mbox", "\\hbox", "\\url", "\\href");

    private static Map<String, Integer> arguments() {
        var arguments = new HashMap<String, Integer>();
        for (String command : List.of("hat", "check", "tilde", "acute", "grave", "dot", "ddot", "dddot", "breve", "bar",
                "vec", "mathring", "widehat", "widetilde", "widecheck", "overline", "underline", "overrightarrow",
                "overleftarrow", "overleftrightarrow", "underrightarrow", "underleftarrow", "overbrace", "underbrace",
                "mathbf", "mathrm", "mathcal", "mathbb", "mathit", "mathsf", "mathtt", "mathfrak", "mathscr",
                "mathnormal", "mathsfit", "Bbb", "bold", "frak", "boldsymbol", "bm", "pmb", "operatorname", "mathop",
                "mathbin", "mathrel", "mathord", "mathopen", "mathclose", "mathpunct", "text", "textrm", "textsf",
                "texttt", "textnormal", "textbf", "textmd", "textit", "textup", "emph", "mbox", "hbox", "sqrt",
                "xrightarrow", "xleftarrow", "boxed", "cancel", "bcancel", "xcancel", "phantom", "hphantom", "vphantom",
                "big", "Big", "bigg", "Bigg", "bigl", "Bigl", "biggl", "Biggl", "bigr", "Bigr", "biggr", "Biggr",
                "bigm", "Bigm", "biggm", "Biggm", "url")) {
            arguments.put("\\" + command, 1);
        }
        for (String command : List.of("frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "overset",
                "underset", "stackrel", "href")) {
            arguments.put("\\" + command, 2);
        }
        arguments.put("\\genfrac", 6);
        return Map.copyOf(arguments);
    }

    /** {@code tex} with its scripts braced; {@code tex} itself when none is a command. */
    static String of(String tex) {
        if (!SCRIPTED_COMMAND.matcher(tex).find()) {
            return tex;
        }
        List<Token> tokens = TexTokens.of(tex);
        int[] opens = new int[tokens.size() + 1];  // braces owed before the token at each index: opening ones
        int[] closes = new int[tokens.size() + 1];  // and closing ones, which go first
        var out = new ArrayList<Token>(tokens.size() + 8);
        int textEnd = 0;  // where the text argument being read ends
        for (int i = 0; i < tokens.size(); i++) {
            brace(out, closes[i], opens[i]);
            Token token = tokens.get(i);
            out.add(token);
            if (i < textEnd) {
                continue;
            }
            if (token.kind() == Kind.COMMAND && TEXT.contains(token.text())) {
                textEnd = argumentEnd(tokens, i + 1);
                continue;
            }
            int command = skipBlanks(tokens, i + 1);
            if ((token.isCharacter("_") || token.isCharacter("^")) && command < tokens.size()
                    && tokens.get(command).isWord()) {
                opens[command]++;
                closes[end(tokens, command)]++;  // the command and its arguments are read on, for scripts inside
            }
        }
        brace(out, closes[tokens.size()], 0);
        return TexTokens.text(out);
    }

    private static void brace(List<Token> out, int closing, int opening) {
        for (int n = 0; n < closing; n++) {
            out.add(new Token(Kind.CLOSE, "}"));
        }
        for (int n = 0; n < opening; n++) {
            out.add(new Token(Kind.OPEN, "{"));
        }
    }

    /** The index after the command at {@code command} and the arguments MathJax gives it. */
    private static int end(List<Token> tokens, int command) {
        String name = tokens.get(command).text();
        int at = command + 1;
        if (name.equals("\\operatorname") && at < tokens.size() && tokens.get(at).isCharacter("*")) {
            at++;
        }
        if (OPTIONAL.contains(name)) {
            at = optionalEnd(tokens, at);
        }
        for (int n = ARGUMENTS.getOrDefault(name, 0); n > 0; n--) {
            at = argumentEnd(tokens, at);
        }
        return at;
    }

    /** The index after the argument at {@code from} (a token, or a group); {@code from} if it is missing. */
    private static int argumentEnd(List<Token> tokens, int from) {
        int at = skipBlanks(tokens, from);
        if (at == tokens.size() || tokens.get(at).kind() == Kind.CLOSE) {
            return from;  // KaTeX will say what is missing
        }
        if (tokens.get(at).kind() != Kind.OPEN) {
            return at + 1;
        }
        int depth = 0;
        for (; at < tokens.size(); at++) {
            depth += tokens.get(at).kind() == Kind.OPEN ? 1 : tokens.get(at).kind() == Kind.CLOSE ? -1 : 0;
            if (depth == 0) {
                return at + 1;
            }
        }
        return at;
    }

    /** The index after an optional {@code […]} argument at {@code from}; {@code from} if there is none. */
    private static int optionalEnd(List<Token> tokens, int from) {
        int at = skipBlanks(tokens, from);
        if (at == tokens.size() || !tokens.get(at).isCharacter("[")) {
            return from;
        }
        int depth = 0;
        for (at++; at < tokens.size(); at++) {
            Token token = tokens.get(at);
            if (depth == 0 && token.isCharacter("]")) {
                return at + 1;
            }
            depth += token.kind() == Kind.OPEN ? 1 : token.kind() == Kind.CLOSE ? -1 : 0;
        }
        return from;  // unclosed: not an optional argument after all
    }

    private static int skipBlanks(List<Token> tokens, int from) {
        int at = from;
        while (at < tokens.size() && tokens.get(at).blank()) {
            at++;
        }
        return at;
    }

    private BracedScripts() {}
}
