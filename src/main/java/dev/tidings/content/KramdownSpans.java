package dev.tidings.content;

import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * kramdown's math inside a paragraph: {@code $$…$$} anywhere in it is an inline formula, its TeX what lies between the
 * first {@code $$} and the next without the whitespace around it ({@link KramdownMath} has the blocks). Outside
 * formulas, a backslash escapes only what kramdown's GFM parser escapes: {@code \,}, {@code \;}, {@code \%},
 * {@code \&} keep their backslash, where CommonMark drops it.
 */
final class KramdownSpans implements InlineContentParserFactory {
    // What CommonMark escapes but kramdown (with its GFM parser) does not: the backslash stays
    private static final String NOT_ESCAPED = "%&,/;?@^";

    @Override
    public Set<Character> getTriggerCharacters() {
        return Set.of('$', '\\');
    }

    @Override
    public InlineContentParser create() {
        return new Parser();
    }

    /** Without the whitespace around it, as Ruby's {@code strip} takes it away (ASCII whitespace and NUL). */
    static String strip(String text) {
        return text.replaceAll("^[\\s\\x00]+|[\\s\\x00]+$", "");
    }

    private static final class Parser implements InlineContentParser {
        private boolean exhausted;  // no "$$" closes after here: a later search cannot succeed either

        @Override
        public ParsedInline tryParse(InlineParserState state) {
            Scanner scanner = state.scanner();
            if (scanner.next('\\')) {
                char c = scanner.peek();
                if (NOT_ESCAPED.indexOf(c) >= 0) {
                    scanner.next();
                    return ParsedInline.of(new Text("\\" + c), scanner.position());
                }
                return ParsedInline.none();
            }
            if (exhausted || !scanner.next("$$")) {
                return ParsedInline.none();
            }
            Position content = scanner.position();
            while (scanner.hasNext()) {
                Position candidate = scanner.position();
                if (scanner.next("$$")) {
                    String tex = strip(scanner.getSource(content, candidate).getContent());
                    return ParsedInline.of(new MathInlineParser.Node(new TexSpan(tex, TexSpan.Form.INLINE)),
                            scanner.position());
                }
                scanner.next();
            }
            exhausted = true;
            return ParsedInline.none();
        }
    }
}
