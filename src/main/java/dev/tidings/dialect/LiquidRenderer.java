package dev.tidings.dialect;

import dev.tidings.dialect.Expansion.Note;
import dev.tidings.dialect.LiquidTokens.Kind;
import dev.tidings.dialect.LiquidTokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid as Jekyll renders it in a post, on one text (see {@link JekyllLiquid} for what is rendered and what is left
 * out): the Markdown it gives, with the lines each part came from, and notes by line of the text. One use.
 */
final class LiquidRenderer {
    private static final Set<String> LOGIC = Set.of("if", "unless", "case", "for", "tablerow");
    private static final Set<String> INCLUDES = Set.of("include", "include_relative", "render");
    private static final Set<String> BLOCKS = Set.of("comment", "highlight", "capture");
    private static final Set<String> INNER = Set.of("else", "elsif", "when");
    private static final Pattern ASSIGN = Pattern.compile("([\\w-]+)\\s*=\\s*(.*)", Pattern.DOTALL);

    private final JekyllSite site;
    private final String text;
    private final Fragments fragments;
    private final List<Token> tokens;
    private final int[] closers;
    private final MappedText out;
    private final Map<String, String> variables = new HashMap<>();
    private final List<Note> notes = new ArrayList<>();

    LiquidRenderer(Page page, String text, Fragments fragments) {
        this.site = new JekyllSite(page);
        this.text = text;
        this.fragments = fragments;
        this.tokens = LiquidTokens.of(text, CodeSpans.of(text));
        this.closers = LiquidTokens.closers(tokens);
        this.out = new MappedText(text);
        variables.putAll(site.variables());
    }

    /** The text with its Liquid rendered, mapped to the lines of the text. */
    MappedText render() {
        render(0, tokens.size(), out);
        return out;
    }

    /** What could not be rendered, in the order found. */
    List<Note> notes() {
        return List.copyOf(notes);
    }

    private void render(int from, int to, MappedText into) {
        int k = from;
        while (k < to) {
            k = emit(k, into);
        }
    }

    /** Writes the token at {@code k} (a tag: with its block) and returns the index of the next one. */
    private int emit(int k, MappedText into) {
        Token token = tokens.get(k);
        if (token.inCode() && token.kind() != Kind.RAW) {
            into.copy(token.start(), token.end());
            return k + 1;
        }
        switch (token.kind()) {
            case TEXT, RAW -> into.copy(token.start(), token.end());
            case UNCLOSED -> {
                into.copy(token.start(), token.end());
                note(token, "'" + quote(token) + "' is never closed, so it is shown as written");
            }
            case OUTPUT -> into.put(evaluate(token, token.markup()), token.start());
            case TAG -> {
                return tag(k, into);
            }
        }
        return k + 1;
    }

    private int tag(int k, MappedText into) {
        Token token = tokens.get(k);
        String name = token.name();
        switch (name) {
            case "post_url" -> into.put(postUrl(token), token.start());
            case "link" -> into.put(link(token), token.start());
            case "echo" -> into.put(evaluate(token, token.markup()), token.start());
            case "assign" -> assign(token);
            case "raw" -> note(token, "'" + quote(token) + "' has no '{% endraw %}', so only the tag is left out");
            default -> {
                return INCLUDES.contains(name) ? include(k, into) : block(k, closers[k], into);
            }
        }
        return k + 1;
    }

    /** An image or video include as the figure it draws (see {@link JekyllIncludes}); any other is left out. */
    private int include(int k, MappedText into) {
        Token token = tokens.get(k);
        Optional<String> html = JekyllIncludes.html(token.markup(), value -> evaluate(token, value),
                site::relativeUrl);
        if (html.isEmpty()) {
            note(token, "'" + quote(token) + "' is left out: Tidings does not render Jekyll's includes");
            return k + 1;
        }
        int lineStart = text.lastIndexOf('\n', token.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', token.end());
        String before = text.substring(lineStart, token.start());
        boolean alone = before.isBlank() && text.substring(token.end(), lineEnd < 0 ? text.length() : lineEnd)
                .isBlank();
        into.put(alone ? fragments.block(html.get(), before) : fragments.inline(html.get()), token.start());
        return k + 1;
    }

    /** A tag that may open a block that ends at {@code close} (-1: none does). */
    private int block(int k, int close, MappedText into) {
        Token token = tokens.get(k);
        String name = token.name();
        if (close < 0) {
            note(token, LOGIC.contains(name) || BLOCKS.contains(name)
                    ? "'" + quote(token) + "' has no '{% end" + name + " %}', so only the tag is left out"
                    : INNER.contains(name) || name.startsWith("end")
                    ? "'" + quote(token) + "' stands outside the block it belongs to, so it is left out"
                    : "the Liquid tag '" + quote(token) + "' is not known to Tidings, so it is left out");
            return k + 1;
        }
        switch (name) {
            case "comment" -> { }
            case "highlight" -> highlight(k, close, into);
            case "capture" -> {
                var captured = new MappedText(text);
                render(k + 1, close, captured);
                variables.put(token.markup().strip(), captured.text());
            }
            default -> {
                if (LOGIC.contains(name)) {
                    note(token, "'" + quote(token) + "' … '{% end" + name + " %}' is left out with what it "
                            + "holds: Tidings does not evaluate Liquid's conditions and loops");
                } else {
                    note(token, "the Liquid tag '" + quote(token) + "' is not known to Tidings; its inner text "
                            + "is kept");
                    render(k + 1, close, into);
                }
            }
        }
        return close + 1;
    }

    private void highlight(int k, int close, MappedText into) {
        Token token = tokens.get(k);
        int lineStart = text.lastIndexOf('\n', token.start() - 1) + 1;
        String before = text.substring(lineStart, token.start());
        String indent = before.isBlank() ? before : "";
        String code = JekyllHighlight.code(text, tokens.subList(k + 1, close), indent);
        into.put(fragments.block(JekyllHighlight.html(token.markup(), code), indent), token.start());
    }

    private String postUrl(Token token) {
        return site.postUrl(token.markup())
                .orElseGet(() -> notFound(token, "no post '" + token.markup() + "' among the site's articles"));
    }

    private String link(Token token) {
        return site.link(token.markup()).orElseGet(() -> notFound(token, "no article at '" + token.markup() + "'"));
    }

    private String notFound(Token token, String what) {
        note(token, "'" + quote(token) + "': " + what + ", so the link leads nowhere");
        return "";
    }

    private void assign(Token token) {
        Matcher m = ASSIGN.matcher(token.markup());
        if (m.matches()) {
            variables.put(m.group(1), evaluate(token, m.group(2)));
        } else {
            note(token, "'" + quote(token) + "' is not an assignment like '{% assign x = page.title %}'");
        }
    }

    private String evaluate(Token token, String expression) {
        return LiquidExpression.evaluate(expression, name -> Optional.ofNullable(variables.get(name)),
                problem -> note(token, "'" + quote(token) + "': " + problem));
    }

    private void note(Token token, String message) {
        notes.add(new Note(out.lineOf(token.start()), message));
    }

    /** The construct as written, on one line and at most 60 characters long. */
    private String quote(Token token) {
        String written = text.substring(token.start(), token.end()).replaceAll("\\s+", " ");
        return written.length() <= 60 ? written : written.substring(0, 59) + "…";
    }
}
