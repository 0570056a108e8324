package dev.tidings.math;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the blog's MathJax configuration ({@code tex: {macros, tags}}) says that changes its formulas: the macros
 * every formula may use, and which equations are numbered.
 */
public record TexConfig(TexMacros macros, Tags tags) {
    /** No macros, AMS numbering: what most themes that number equations configure. */
    public static final TexConfig DEFAULT = new TexConfig(TexMacros.NONE, Tags.AMS);

    /** MathJax's {@code tags}: which display formulas get a number. */
    public enum Tags {
        /** The numbered environments of the AMS (equation, align, gather, multline…), row by row. */
        AMS,
        /** Every display formula, and the rows of those environments. */
        ALL,
        /** None but those with a {@code \tag} (MathJax 3's default). */
        NONE;

        /** MathJax 3's {@code tags} and MathJax 2's {@code autoNumber} in a configuration script. */
        private static final Pattern IN_SCRIPT = Pattern.compile(
                "\\b(?:tags|autoNumber)[\"']?\\s*:\\s*[\"'](ams|AMS|all|none)[\"']");

        /** {@code ams}, {@code all} or {@code none}, in any case; empty for anything else. */
        public static Optional<Tags> parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "ams" -> Optional.of(AMS);
                case "all" -> Optional.of(ALL);
                case "none" -> Optional.of(NONE);
                default -> Optional.empty();
            };
        }

        /** What a MathJax configuration in {@code script} sets, if it sets it as a plain string. */
        public static Optional<Tags> inScript(String script) {
            Matcher m = IN_SCRIPT.matcher(script);
            return m.find() ? parse(m.group(1)) : Optional.empty();
        }

        public String setting() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
