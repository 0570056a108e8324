package dev.tidings.content;

import java.util.HashSet;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Finds formulas inside paragraphs — {@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]} and
 * {@code \begin{env}…\end{env}} — before emphasis or backslash escapes can touch them. An inline {@code $} opens only
 * before a non-space and closes only after a non-space and not before a digit (Pandoc's rule), so "$5 and $10" stays
 * text. {@code $} inside code spans never gets here: the code span is parsed first.
 */
final class MathInlineParser implements InlineContentParser {

    /** One formula in a paragraph. */
    static final class Node extends CustomNode {
        final TexSpan formula;

        Node(TexSpan formula) {
            this.formula = formula;
        }
    }

    /**
     * @param backslashes whether {@code \(…\)}, {@code \[…\]} and environments are formulas too, not only dollars
     */
    record Factory(boolean backslashes) implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return backslashes ? Set.of('$', '\\') : Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new MathInlineParser();
        }
    }

    // Closers already searched for in vain, from an earlier position of this text: a later search can't succeed either.
    // This keeps a paragraph full of lone '$' linear instead of quadratic.
    private final Set<String> exhausted = new HashSet<>();

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        if (scanner.peek() == '$') {
            int dollars = scanner.matchMultiple('$');
            if (dollars == 2) {
                return parse(scanner, "$$", TexSpan.Form.DISPLAY, false);
            }
            return dollars == 1 ? parse(scanner, "$", TexSpan.Form.INLINE, false) : ParsedInline.none();
        }
        Position start = scanner.position();
        scanner.next();  // the backslash
        if (scanner.next('(')) {
            return parse(scanner, "\\)", TexSpan.Form.INLINE, false);
        }
        if (scanner.next('[')) {
            return parse(scanner, "\\]", TexSpan.Form.DISPLAY, false);
        }
        scanner.setPosition(start);
        StringBuilder name = new StringBuilder();
        if (scanner.next("\\begin{")) {
            while (Character.isLetter(scanner.peek()) || (scanner.peek() == '*' && name.length() > 0)) {
                name.append(scanner.peek());
                scanner.next();
            }
            if (name.length() > 0 && scanner.next('}')) {
                scanner.setPosition(start);
                return parse(scanner, "\\end{" + name + "}", TexSpan.Form.ENVIRONMENT, true);
            }
        }
        return ParsedInline.none();
    }

    /** Scans from just after the opener for {@code closer}; {@code whole} keeps the delimiters in the TeX. */
    private ParsedInline parse(Scanner scanner, String closer, TexSpan.Form form, boolean whole) {
        if (exhausted.contains(closer)) {
            return ParsedInline.none();
        }
        Position contentStart = scanner.position();
        boolean dollar = closer.equals("$");
        if (dollar && (Character.isWhitespace(scanner.peek()) || scanner.peek() == Scanner.END)) {
            return ParsedInline.none();
        }
        if (whole) {
            // Skip past "\begin{name}" so that the search for "\end{name}" starts inside the environment.
            scanner.find('}');
            scanner.next();
        }
        char previous = 0;
        while (scanner.hasNext()) {
            Position candidate = scanner.position();
            if (scanner.next(closer)) {
                if (!dollar || (!Character.isWhitespace(previous) && !Character.isDigit(scanner.peek()))) {
                    String tex = scanner.getSource(contentStart, whole ? scanner.position() : candidate).getContent();
                    if (!tex.isBlank()) {
                        return ParsedInline.of(new Node(new TexSpan(tex, form)), scanner.position());
                    }
                }
                previous = closer.charAt(closer.length() - 1);
                continue;
            }
            char c = scanner.peek();
            scanner.next();
            if (c == '\\' && scanner.hasNext()) {
                previous = scanner.peek();
                scanner.next();  // a backslash pairs with the next character: \$ \\ \{
            } else {
                previous = c;
            }
        }
        exhausted.add(closer);
        return ParsedInline.none();
    }
}
