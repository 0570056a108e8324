package dev.tidings.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's smart quotes and typographic symbols (Jekyll's Markdown, always on), rule for rule: its ordered quote
 * rules, tried at a quote or at the character before one ({@code f''(x)} becomes {@code f’‘(x)}), and {@code ---} —,
 * {@code --} –, {@code ...} …, {@code <<} «, {@code >>} » ({@code << } and {@code  >>} with a no-break space).
 */
final class KramdownTypography {
    private static final String PUNCT = "[!\"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]";
    private static final String CLOSE = "[^ \\\\\t\r\n\\[{(-]";

    /** A quote rule: its pattern, then what it writes — a group's text ("1") or a quote by name. */
    private record Rule(Pattern pattern, List<String> writes) {}

    private static final List<Rule> RULES = List.of(
            rule("(\"|')(?=[_*]{1,2}\\S)", "lquote1"),
            rule("(\"|')(?=" + PUNCT + "(?!\\.\\.)\\B)", "rquote1"),
            rule("(\\s?)\"'(?=\\w)", "1", "ldquo", "lsquo"),
            rule("(\\s?)'\"(?=\\w)", "1", "lsquo", "ldquo"),
            rule("(\\s?)'(?=\\d\\ds)", "1", "rsquo"),
            rule("(\\s)('|\")(?=\\w)", "1", "lquote2"),
            rule("(" + CLOSE + ")('|\")", "1", "rquote2"),
            rule("(?m)(\"|')(?=\\s|s\\b|$)", "rquote1"),
            rule("(?s)(.?)'", "1", "lsquo"),
            rule("(?s)(.?)\"", "1", "ldquo"));

    private static final List<String> SYMBOLS = List.of("---", "--", "...", "\\<<", "\\>>", "<< ", " >>", "<<", ">>");
    private static final List<String> WRITTEN = List.of("—", "–", "…", "<<", ">>", "«\u00a0", "\u00a0»", "«", "»");

    private KramdownTypography() {}

    private static Rule rule(String regex, String... writes) {
        return new Rule(Pattern.compile(regex), List.of(writes));
    }

    /** See {@link Typesetter#typeset}. */
    static Typeset typeset(String run) {
        var edits = new ArrayList<Typeset.Edit>();
        int i = 0;
        while (i < run.length()) {
            if (isQuote(run, i) || run.charAt(i) != '\\' && i + 1 < run.length() && isQuote(run, i + 1)) {
                i = quotes(run, i, edits);
                continue;
            }
            int symbol = symbolAt(run, i);
            if (symbol >= 0) {
                edits.add(new Typeset.Edit(i, SYMBOLS.get(symbol).length(), WRITTEN.get(symbol)));
                i += SYMBOLS.get(symbol).length();
            } else {
                i++;
            }
        }
        return new Typeset(run, edits);
    }

    private static boolean isQuote(String text, int at) {
        return text.charAt(at) == '\'' || text.charAt(at) == '"';
    }

    private static int symbolAt(String text, int at) {
        for (int s = 0; s < SYMBOLS.size(); s++) {
            if (text.startsWith(SYMBOLS.get(s), at)) {
                return s;
            }
        }
        return -1;
    }

    /** Applies the first quote rule that matches at {@code at}, adding its quotes to {@code edits}; returns its end. */
    private static int quotes(String text, int at, List<Typeset.Edit> edits) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text).region(at, text.length()).useTransparentBounds(true)
                    .useAnchoringBounds(false);
            if (!m.lookingAt()) {
                continue;
            }
            int cursor = m.start();
            for (String write : rule.writes()) {
                if (Character.isDigit(write.charAt(0))) {
                    cursor += m.group(Integer.parseInt(write)).length();  // kept as it is
                    continue;
                }
                char quote = text.charAt(cursor);
                edits.add(new Typeset.Edit(cursor++, 1, switch (write.replaceAll("[12]$", "")) {
                    case "lquote" -> quote == '"' ? "“" : "‘";
                    case "rquote" -> quote == '"' ? "”" : "’";
                    case "ldquo" -> "“";
                    case "lsquo" -> "‘";
                    default -> "’";
                }));
            }
            return m.end();
        }
        return at + 1;
    }
}
