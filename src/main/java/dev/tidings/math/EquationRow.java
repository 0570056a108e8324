package dev.tidings.math;

import dev.tidings.math.TexTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * What one numbered row (or a whole equation) says about its number: its {@code \label}, its {@code \tag} or
 * {@code \tag*}, whether it has {@code \nonumber} or {@code \notag}; and the rest of its tokens, without them.
 *
 * @param label the label's name, empty for none
 * @param tag   the tag's text, as written; see {@code hasTag}
 */
record EquationRow(List<Token> rest, String label, boolean hasTag, String tag, boolean starredTag, boolean noNumber) {
    EquationRow {
        rest = List.copyOf(rest);
    }

    /** Reads {@code tokens}; more than one label or tag is an error, as in MathJax. */
    static EquationRow of(List<Token> tokens) {
        var in = new TexStream(tokens);
        var rest = new ArrayList<Token>(tokens.size());
        String label = "";
        String tag = "";
        boolean hasTag = false;
        boolean starred = false;
        boolean noNumber = false;
        while (!in.isEmpty()) {
            Token token = in.next();
            if (token.is("\\label")) {
                if (!label.isEmpty()) {
                    throw new TexError("Multiple \\label");
                }
                label = in.text(token.text());
            } else if (token.is("\\tag")) {
                if (hasTag) {
                    throw new TexError("Multiple \\tag");
                }
                starred = in.take("*");
                tag = in.text(token.text());
                hasTag = true;
            } else if (token.is("\\nonumber") || token.is("\\notag")) {
                noNumber = true;
            } else {
                rest.add(token);
            }
        }
        return new EquationRow(rest, label, hasTag, tag, starred, noNumber);
    }
}
