package dev.tidings.content;

import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/**
 * Backslashes at the end of a line as goldmark reads them when Hugo renders Markdown: a line ending in an odd run of
 * three or more is no hard line break (CommonMark reads {@code \\\} and a line end as an escaped backslash, then a
 * break); each pair is one backslash and the last one stays. So a formula line {@code a = 1 \\\} reaches the page's
 * MathJax as {@code a = 1 \\}, a TeX line break, and the formula stays whole, as on the site (hugo 0.111.3).
 */
final class GoldmarkBackslashes implements InlineContentParser {

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('\\');
        }

        @Override
        public InlineContentParser create() {
            return new GoldmarkBackslashes();
        }
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        int run = scanner.matchMultiple('\\');
        if (run >= 3 && run % 2 == 1 && scanner.peek() == '\n') {
            return ParsedInline.of(new Text("\\".repeat((run + 1) / 2)), scanner.position());
        }
        return ParsedInline.none();  // the parser goes back to where it called
    }
}
