package dev.tidings.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * kramdown's math (Jekyll's Markdown), found before Markdown touches it: {@code $$…$$} is its only delimiter, a display
 * formula when it is a block of its own — starting a line (after a blank line or at the start of its container) and
 * ending one that a blank line or the end follows — and an inline formula anywhere else, even on a line of its own
 * inside a paragraph. The TeX is what lies between the first {@code $$} and the next, without the whitespace around it,
 * as kramdown hands it to MathJax ({@code \(…\)}, {@code \[…\]}). {@code $…$} is no formula to kramdown. Inside
 * paragraphs: {@link KramdownSpans}.
 */
final class KramdownMath {
    /** Adds kramdown's math and escapes to {@code parser}. */
    static void register(Parser.Builder parser) {
        parser.customBlockParserFactory(new BlockFactory())
                .customInlineContentParserFactory(new KramdownSpans())
                .postProcessor(KramdownMath::inlineWhereNoBoundaryFollows);
    }

    private KramdownMath() {}

    /** A {@code $$} block; {@code boundary} is false when a line of text follows it, which makes it inline. */
    private static final class MathBlock extends CustomBlock {
        String tex = "";
        String literal = "";  // the raw lines, when the block was never closed
        boolean boundary = true;
    }

    private static final class BlockFactory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getActiveBlockParser() instanceof BlockParser open && open.closedAt < 0) {
                return BlockStart.none();  // a line of an open formula that left its quote: the formula's own
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (state.getIndent() >= 4 || !matched.getParagraphLines().isEmpty()
                    || !line.subSequence(start, line.length()).toString().startsWith("$$")) {
                return BlockStart.none();  // indented code; a paragraph's line (inline math); no math
            }
            int close = line.toString().indexOf("$$", start + 2);
            if (close >= 0 && !line.subSequence(close + 2, line.length()).toString().isBlank()) {
                return BlockStart.none();  // "$$x$$ is the loss": inline
            }
            return BlockStart.of(new BlockParser()).atIndex(start);
        }
    }

    private static final class BlockParser extends AbstractBlockParser {
        private final MathBlock block = new MathBlock();
        private final StringBuilder text = new StringBuilder();
        private int closedAt = -1;

        @Override
        public Block getBlock() {
            return block;
        }

        /**
         * Until closed, a line that leaves the quote or list the block opened in (no {@code >}) is still the block's,
         * as kramdown reads {@code > $$} with the formula's lines after it unquoted.
         */
        @Override
        public boolean canHaveLazyContinuationLines() {
            return closedAt < 0;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (closedAt < 0) {
                return BlockContinue.atIndex(state.getIndex());
            }
            block.boundary = state.isBlank();
            return BlockContinue.none();
        }

        @Override
        public void addLine(SourceLine line) {
            int lineStart = text.length() == 0 ? 2 : text.length() + 1;
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line.getContent());
            if (closedAt < 0) {
                closedAt = text.indexOf("$$", lineStart);
                if (closedAt >= 0 && !text.substring(closedAt + 2).isBlank()) {
                    closedAt = -1;  // text after the closer on its line: not kramdown's block, nor closed here
                }
            }
        }

        @Override
        public void closeBlock() {
            String all = text.toString();
            if (closedAt < 0) {
                block.literal = all;
            } else {
                block.tex = KramdownSpans.strip(all.substring(2, closedAt));
            }
        }
    }

    /** A block followed by a line of text is an inline formula starting that paragraph, as in kramdown. */
    private static Node inlineWhereNoBoundaryFollows(Node document) {
        var blocks = new java.util.ArrayList<MathBlock>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof MathBlock math) {
                    blocks.add(math);
                }
                visitChildren(block);
            }
        });
        for (MathBlock block : blocks) {
            Node replacement;
            if (!block.literal.isEmpty()) {
                replacement = paragraph(new Text(block.literal));
            } else if (block.boundary) {
                var display = new MathBlockParser.Node();
                display.formula = new TexSpan(block.tex, TexSpan.Form.DISPLAY);
                replacement = display;
            } else {
                Paragraph paragraph = paragraph(new MathInlineParser.Node(new TexSpan(block.tex, TexSpan.Form.INLINE)));
                if (block.getNext() instanceof Paragraph following) {
                    paragraph.appendChild(new SoftLineBreak());
                    while (following.getFirstChild() != null) {
                        paragraph.appendChild(following.getFirstChild());
                    }
                    following.unlink();
                }
                replacement = paragraph;
            }
            block.insertBefore(replacement);
            block.unlink();
        }
        return document;
    }

    private static Paragraph paragraph(Node child) {
        var paragraph = new Paragraph();
        paragraph.appendChild(child);
        return paragraph;
    }
}
