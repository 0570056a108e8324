package dev.tidings.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.parser.Parser;

/**
 * The parsers that take formulas out of Markdown's way before it touches them, for each {@link MathSyntax}: all of
 * Tidings' own delimiters ({@link MathInlineParser}, {@link MathBlockParser}), or only their dollars (markdown-it's);
 * kramdown's {@code $$}
 * ({@link KramdownMath}); Hugo's passthrough delimiters ({@link PassthroughParser}); none where the page's script finds
 * every formula after Markdown. Their formulas are marked up as {@link TexSpan} documents.
 */
final class FormulaParsers {
    private FormulaParsers() {}

    /** Adds {@code syntax}'s parsers to {@code parser}. */
    static void register(Parser.Builder parser, MathSyntax syntax) {
        switch (syntax.name()) {
            case TIDINGS, PANDOC -> parser.customInlineContentParserFactory(new MathInlineParser.Factory(true))
                    .customBlockParserFactory(new MathBlockParser.Factory(true));
            // markdown-it's math plugins (markdown-it-katex and its kin) know $ and $$ only: \[ is Markdown's escape
            case MARKDOWN_IT -> parser.customInlineContentParserFactory(new MathInlineParser.Factory(false))
                    .customBlockParserFactory(new MathBlockParser.Factory(false));
            case KRAMDOWN -> KramdownMath.register(parser);
            case HUGO_PASSTHROUGH -> {
                // goldmark tries the block delimiters first
                List<MathDelimiters.Pair> pairs = new ArrayList<>(syntax.passthrough().stream()
                        .filter(MathDelimiters.Pair::display).toList());
                pairs.addAll(syntax.passthrough().stream().filter(pair -> !pair.display()).toList());
                parser.customInlineContentParserFactory(PassthroughParser.factory(List.copyOf(pairs)));
            }
            case HUGO, MARKED, COMMONMARK -> {
                // the page's script finds every formula
            }
        }
    }
}
