package dev.tidings.content;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A formula on lines of its own — starting a line with {@code $$}, {@code \[} or {@code \begin{env}} — taken whole
 * before block parsing can turn its lines into lists, headings or quotes ({@code - y}, {@code # n}, blank lines). A
 * block that is never closed is kept as plain text. A line that closes the formula and goes on with text is left to
 * the paragraph (and {@link MathInlineParser}).
 */
final class MathBlockParser extends AbstractBlockParser {

    /** A formula block; {@code trailing} is text after the closer on its last line, or empty. */
    static final class Node extends CustomBlock {
        TexSpan formula;
        String literal = "";  // the raw lines, when the block was never closed
        String trailing = "";
    }

    /** With {@code backslashes}, {@code \[} and environments open a block too, not only {@code $$}. */
    static final class Factory extends AbstractBlockParserFactory {
        private final boolean backslashes;

        Factory(boolean backslashes) {
            this.backslashes = backslashes;
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();  // indented code
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            String rest = line.subSequence(start, line.length()).toString();
            String opener;
            String closer;
            String environment = backslashes ? TexSpan.environmentAt(rest, 0) : null;
            if (rest.startsWith("$$")) {
                opener = "$$";
                closer = "$$";
            } else if (backslashes && rest.startsWith("\\[")) {
                opener = "\\[";
                closer = "\\]";
            } else if (environment != null) {
                opener = "\\begin{" + environment + "}";
                closer = "\\end{" + environment + "}";
            } else {
                return BlockStart.none();
            }
            int end = TexSpan.findCloser(rest, opener.length(), closer);
            if (end >= 0 && !rest.substring(end + closer.length()).isBlank()) {
                return BlockStart.none();  // "$$x$$ is the loss": a formula inside a paragraph
            }
            return BlockStart.of(new MathBlockParser(opener, closer, environment != null)).atIndex(start);
        }
    }

    private final Node block = new Node();
    private final String opener;
    private final String closer;
    private final boolean environment;
    private final StringBuilder text = new StringBuilder();
    private int closedAt = -1;

    private MathBlockParser(String opener, String closer, boolean environment) {
        this.opener = opener;
        this.closer = closer;
        this.environment = environment;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return closedAt >= 0 ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        int lineStart = text.length() == 0 ? 0 : text.length() + 1;
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(line.getContent());
        if (closedAt < 0) {
            // Only the new line can hold the closer; searching just it keeps a never-closed block linear.
            closedAt = TexSpan.findCloser(text, Math.max(opener.length(), lineStart), closer);
        }
    }

    @Override
    public void closeBlock() {
        String all = text.toString();
        if (closedAt < 0) {
            block.literal = all;
            return;
        }
        int afterCloser = closedAt + closer.length();
        block.formula = environment
                ? new TexSpan(all.substring(0, afterCloser), TexSpan.Form.ENVIRONMENT)
                : new TexSpan(all.substring(opener.length(), closedAt), TexSpan.Form.DISPLAY);
        block.trailing = all.substring(afterCloser).strip();
    }
}
