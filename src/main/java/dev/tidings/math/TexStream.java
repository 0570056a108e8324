package dev.tidings.math;

import dev.tidings.math.TexTokens.Kind;
import dev.tidings.math.TexTokens.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Tokens read front to back, with what a macro expands to put back in front: arguments as TeX reads them (a braced
 * group without its braces, or one token), optional {@code […]} arguments as MathJax reads them, and the arguments
 * of a {@code \def} with delimited parameters. Not thread-safe: one per formula.
 */
final class TexStream {
    private final ArrayDeque<Token> tokens;

    TexStream(Collection<Token> tokens) {
        this.tokens = new ArrayDeque<>(tokens);
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    Token next() {
        return tokens.removeFirst();
    }

    /** The next token that is not blank, left in place; empty at the end. */
    Optional<Token> peekPastBlanks() {
        skipBlanks();
        return Optional.ofNullable(tokens.peekFirst());
    }

    /** Puts {@code front} before what is left, to be read next. */
    void push(List<Token> front) {
        for (int i = front.size() - 1; i >= 0; i--) {
            tokens.addFirst(front.get(i));
        }
    }

    void skipBlanks() {
        while (!tokens.isEmpty() && tokens.peekFirst().blank()) {
            tokens.removeFirst();
        }
    }

    /** The next argument: a group's tokens without its braces, or one token. */
    List<Token> argument(String command) {
        skipBlanks();
        if (tokens.isEmpty() || tokens.peekFirst().kind() == Kind.CLOSE) {
            throw new TexError("Missing argument for " + command);
        }
        Token first = tokens.removeFirst();
        return first.kind() == Kind.OPEN ? group(command) : List.of(first);
    }

    /** An argument's text: {@code \label{eq:1}} gives {@code eq:1}. */
    String text(String command) {
        return TexTokens.text(argument(command)).strip();
    }

    /** An optional {@code […]} argument's tokens, if one comes next: brackets inside braces do not end it. */
    Optional<List<Token>> optional(String command) {
        if (peekPastBlanks().filter(token -> token.isCharacter("[")).isEmpty()) {
            return Optional.empty();
        }
        tokens.removeFirst();
        var inside = new ArrayList<Token>();
        int depth = 0;
        while (!tokens.isEmpty()) {
            Token token = tokens.removeFirst();
            if (depth == 0 && token.isCharacter("]")) {
                return Optional.of(inside);
            }
            depth += token.kind() == Kind.OPEN ? 1 : token.kind() == Kind.CLOSE ? -1 : 0;
            inside.add(token);
        }
        throw new TexError("Couldn't find closing ']' for argument to " + command);
    }

    /** Whether the next token is the character {@code c} (a {@code *} after a command), which is then dropped. */
    boolean take(String c) {
        if (!tokens.isEmpty() && tokens.peekFirst().isCharacter(c)) {
            tokens.removeFirst();
            return true;
        }
        return false;
    }

    /**
     * The argument of a {@code \def} parameter delimited by {@code delimiter}: the tokens up to it at brace depth 0 (a
     * single group around them loses its braces, as in TeX); or, with no delimiter, an undelimited argument.
     */
    List<Token> delimited(List<Token> delimiter, String command) {
        if (delimiter.isEmpty()) {
            return argument(command);
        }
        var taken = new ArrayList<Token>();
        int depth = 0;
        while (!tokens.isEmpty()) {
            if (depth == 0 && startsWith(delimiter)) {
                for (int i = 0; i < delimiter.size(); i++) {
                    tokens.removeFirst();
                }
                boolean oneGroup = taken.size() >= 2 && taken.get(0).kind() == Kind.OPEN
                        && taken.get(taken.size() - 1).kind() == Kind.CLOSE && closesAtEnd(taken);
                return oneGroup ? taken.subList(1, taken.size() - 1) : taken;
            }
            Token token = tokens.removeFirst();
            depth += token.kind() == Kind.OPEN ? 1 : token.kind() == Kind.CLOSE ? -1 : 0;
            taken.add(token);
        }
        throw new TexError("Use of " + command + " doesn't match its definition");
    }

    /** The rest of a group whose opening brace was read: its tokens, the closing brace dropped. */
    private List<Token> group(String command) {
        var inside = new ArrayList<Token>();
        int depth = 1;
        while (!tokens.isEmpty()) {
            Token token = tokens.removeFirst();
            depth += token.kind() == Kind.OPEN ? 1 : token.kind() == Kind.CLOSE ? -1 : 0;
            if (depth == 0) {
                return inside;
            }
            inside.add(token);
        }
        throw new TexError("Missing close brace in the argument of " + command);
    }

    private boolean startsWith(List<Token> expected) {
        var iterator = tokens.iterator();
        for (Token token : expected) {
            if (!iterator.hasNext() || !iterator.next().text().equals(token.text())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the group opened by the first token closes at the last one, not before. */
    private static boolean closesAtEnd(List<Token> taken) {
        int depth = 0;
        for (int i = 0; i < taken.size() - 1; i++) {
            depth += taken.get(i).kind() == Kind.OPEN ? 1 : taken.get(i).kind() == Kind.CLOSE ? -1 : 0;
            if (depth == 0) {
                return false;
            }
        }
        return true;
    }
}
