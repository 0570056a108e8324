package dev.tidings.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Hugo's goldmark {@code passthrough} extension: the text from an opening delimiter to the first closing one after it,
 * delimiters included, is left as written — no escapes, no emphasis — for the page's MathJax to find. It works inside
 * paragraphs, after Markdown has found its blocks (a formula whose lines start with {@code - } is a list, as in Hugo);
 * the first delimiter that opens wins (display ones before inline ones); an empty one is text; {@code \\} before an
 * opener makes the opener text. A block delimiter's formula is a display formula.
 */
final class PassthroughParser implements InlineContentParser {
    private final List<MathDelimiters.Pair> pairs;
    private final Set<String> exhausted = new HashSet<>();  // closers searched for in vain: keeps a paragraph linear

    private PassthroughParser(List<MathDelimiters.Pair> pairs) {
        this.pairs = pairs;
    }

    /** @param pairs the block delimiters (display) first, then the inline ones, as goldmark tries them */
    static InlineContentParserFactory factory(List<MathDelimiters.Pair> pairs) {
        Set<Character> triggers = new HashSet<>();
        triggers.add('\\');  // "\\" before an opener
        pairs.forEach(pair -> triggers.add(pair.open().charAt(0)));
        return new InlineContentParserFactory() {
            @Override
            public Set<Character> getTriggerCharacters() {
                return triggers;
            }

            @Override
            public InlineContentParser create() {
                return new PassthroughParser(pairs);
            }
        };
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        for (MathDelimiters.Pair pair : pairs) {
            if (scanner.next(pair.open())) {
                return delimited(scanner, pair);
            }
        }
        if (scanner.next("\\\\")) {
            for (MathDelimiters.Pair pair : pairs) {
                if (scanner.next(pair.open())) {
                    return ParsedInline.of(new Text(unescaped("\\\\" + pair.open())), scanner.position());
                }
            }
        }
        scanner.setPosition(start);
        return ParsedInline.none();
    }

    private ParsedInline delimited(Scanner scanner, MathDelimiters.Pair pair) {
        if (exhausted.contains(pair.close())) {
            return ParsedInline.of(new Text(unescaped(pair.open())), scanner.position());
        }
        Position contentStart = scanner.position();
        while (scanner.hasNext()) {
            Position candidate = scanner.position();
            if (scanner.next(pair.close())) {
                String tex = scanner.getSource(contentStart, candidate).getContent();
                if (tex.isEmpty()) {
                    return ParsedInline.none();
                }
                return ParsedInline.of(new MathInlineParser.Node(new TexSpan(tex, pair.display()
                        ? TexSpan.Form.DISPLAY : TexSpan.Form.INLINE)), scanner.position());
            }
            scanner.next();
        }
        exhausted.add(pair.close());
        return ParsedInline.of(new Text(unescaped(pair.open())), contentStart);  // never closed: the opener is text
    }

    /** Text as goldmark writes it: a backslash before ASCII punctuation dropped. */
    private static String unescaped(String raw) {
        return raw.replaceAll("\\\\(\\p{Punct})", "$1");
    }
}
