package dev.tidings.dialect;

import dev.tidings.dialect.HexoTagScanner.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hexo's dialect: the tag plugins of Hexo and of its common themes (NexT, Butterfly, Fluid) in a post, rendered as Hexo
 * renders them before Markdown — code as code ({@link HexoCode}), images ({@link HexoImages}), links and embeds
 * ({@link HexoLinks}), containers whose body stays Markdown in place ({@link HexoContainers}), {@code raw} as the HTML
 * it holds — and every other tag, variable or stray delimiter dropped with a note (a paired tag's body kept). Code
 * (fences, inline code) is never read. Thread-safe.
 */
public final class HexoTags implements Dialect {
    private static final Set<String> VERBATIM = Set.of("raw", "codeblock", "code");
    private static final Set<String> SINGLES = Set.of("img", "image", "asset_img", "asset_image", "link", "a",
            "anchor", "url_for", "full_url_for", "post_link", "post_path", "asset_link", "asset_path", "btn", "button",
            "label", "iframe", "youtube", "vimeo", "include_code", "include-code");
    private static final Set<String> BLOCKS = Set.of("raw", "codeblock", "code", "blockquote", "quote", "pullquote",
            "note", "subnote", "centerquote", "cq", "fold", "folding", "hideToggle", "hideBlock", "tabs", "subtabs",
            "subsubtabs");
    private static final Set<String> VARIABLES = Set.of("title", "slug", "permalink");
    // what may come before a block on its line and still leave it alone there: quote markers, indent, a list marker
    private static final Pattern PREFIX = Pattern.compile("([ \\t>]*)((?:[-*+]|\\d{1,9}[.)])[ \\t]+)?");

    /** Hexo renders tags in an HTML post too. */
    @Override
    public Expansion expandHtml(Page page, String text) {
        return expand(page, text);
    }

    @Override
    public Expansion expand(Page page, String text) {
        if ("true".equals(page.fields().get("disableNunjucks"))) {
            return NONE.expand(page, text);  // the post asks Hexo not to read its tags
        }
        var run = new Run(page, Fragments.none(), new ArrayList<>());
        return new Expansion(run.expand(text, 0), run.fragments, run.notes);
    }

    /** One article's expansion: what it collects while it walks the text and the bodies of its tags. */
    private static final class Run {
        private final Page page;
        private final Fragments fragments;
        private final List<Expansion.Note> notes;

        Run(Page page, Fragments fragments, List<Expansion.Note> notes) {
            this.page = page;
            this.fragments = fragments;
            this.notes = notes;
        }

        /** {@code text} expanded; {@code lines} is how many lines of the article's body come before it. */
        String expand(String text, int lines) {
            var out = new StringBuilder();
            int at = 0;
            int line = lines + 1;
            for (Token t : HexoTagScanner.scan(text, VERBATIM, SINGLES)) {
                line += newlines(text, at, t.start());
                out.append(text, at, t.start()).append(render(text, t, line));
                line += newlines(text, t.start(), t.end());
                at = t.end();
            }
            return out.append(text, at, text.length()).toString();
        }

        private String render(String text, Token t, int line) {
            return switch (t.kind()) {
                case COMMENT -> "";
                case VARIABLE -> VARIABLES.contains(t.name()) && page.fields().containsKey(t.name())
                        ? fragments.inline(HexoMarkup.escape(page.fields().get(t.name())))
                        : drop(line, "variable \"{{ " + t.name() + " }}\" dropped");
                case UNCLOSED -> drop(line, "\"" + t.name() + "\" is never closed: dropped");
                case END -> drop(line, "\"{% " + t.name() + " %}\" without its \"{% " + t.name().substring(3)
                        + " %}\": dropped");
                case TAG -> !t.paired() && BLOCKS.contains(t.name())
                        ? drop(line, "tag \"" + t.name() + "\" is never closed (no \"{% end" + t.name()
                                + " %}\"): its text is kept")
                        : tag(text, t, line);
            };
        }

        private String tag(String text, Token t, int line) {
            String body = t.paired() ? text.substring(t.bodyStart(), t.bodyEnd()) : "";
            List<String> args = t.args();
            return switch (t.name()) {
                case "codeblock", "code" -> fragments.block(HexoCode.html(args, body), indent(text, t.start()));
                case "raw" -> place(text, t, body);
                case "img", "image" -> HexoImages.img(page, args).map(img -> place(text, t, img))
                        .orElseGet(() -> drop(line, "img without an image URL: dropped"));
                case "asset_img", "asset_image" -> HexoImages.assetImg(page, args).map(img -> place(text, t, img))
                        .orElseGet(() -> drop(line, t.name() + " without a file name: dropped"));
                case "link", "a", "anchor" -> fragments.inline(HexoLinks.link(args));
                case "url_for", "full_url_for" -> fragments.inline(HexoLinks.urlFor(page, args,
                        t.name().startsWith("full")));
                case "post_link" -> HexoLinks.postLink(page, args).map(fragments::inline).orElseGet(() ->
                        drop(line, "post_link: no article \"" + first(args) + "\": its text is kept without a link")
                        + HexoMarkup.escape(HexoLinks.given(args).orElse(first(args))));
                case "post_path" -> HexoLinks.postPath(page, args).orElseGet(() ->
                        drop(line, "post_path: no article \"" + first(args) + "\": dropped"));
                case "asset_link" -> args.isEmpty() ? drop(line, "asset_link without a file name: dropped")
                        : fragments.inline(HexoLinks.assetLink(page, args));
                case "asset_path" -> args.isEmpty() ? "" : HexoMarkup.assetPath(page, args.get(0));
                case "btn", "button" -> fragments.inline(HexoLinks.button(args));
                case "label" -> fragments.inline(HexoLinks.label(args));
                case "iframe", "youtube", "vimeo" -> fragments.block(HexoLinks.embedded(t.name(), args),
                        indent(text, t.start()));
                case "tabs", "subtabs", "subsubtabs" -> tabs(text, t, line);
                case "include_code", "include-code" -> drop(line, "tag \"" + t.name()
                        + "\" dropped: it shows a file from outside the article");
                default -> HexoContainers.wrapper(t.name(), args)
                        .map(w -> container(text, t, w.open() + "\n\n" + inner(text, t, line, t.bodyStart(),
                                t.bodyEnd()) + "\n\n" + w.close()))
                        .orElseGet(() -> t.paired()
                                ? drop(line, "unknown tag \"" + t.name() + "\": only its inner text is kept")
                                        + container(text, t, inner(text, t, line, t.bodyStart(), t.bodyEnd()))
                                : drop(line, "unknown tag \"" + t.name() + "\" dropped"));
            };
        }

        /** NexT's tabs: the list of titles, then each tab's Markdown. */
        private String tabs(String text, Token t, int line) {
            String body = text.substring(t.bodyStart(), t.bodyEnd());
            List<HexoContainers.Tab> tabs = HexoContainers.tabs(t.args(), body);
            var html = new StringBuilder("<div class=\"tabs\">\n").append(HexoContainers.titles(tabs));
            var outside = new StringBuilder();
            int at = 0;
            for (HexoContainers.Tab tab : tabs) {
                outside.append(body, at, tab.start());
                at = tab.end();
                html.append("\n\n<div class=\"tab-pane\">\n\n").append(inner(text, t, line,
                        t.bodyStart() + tab.start(), t.bodyStart() + tab.end())).append("\n\n</div>");
            }
            if (!outside.append(body.substring(at)).toString().replaceAll("<!--\\s*(end)?tab.*?-->", "").isBlank()) {
                drop(line, "tabs: text outside its <!-- tab --> … <!-- endtab --> blocks dropped");
            }
            return container(text, t, html.append("\n\n</div>").toString());
        }

        /** The Markdown between {@code from} and {@code to} of tag {@code t} (on {@code line}), trimmed, expanded. */
        private String inner(String text, Token t, int line, int from, int to) {
            String body = text.substring(from, to);
            int before = line - 1 + newlines(text, t.start(), from) + (body.matches("(?s)[ \\t]*\n.*") ? 1 : 0);
            return expand(HexoMarkup.trimBody(body), before).replaceFirst("^(\\s*\n)+", "").stripTrailing();
        }

        /** Block {@code lines} in place of the tag: indented as the tag is (a list item's), a blank line after. */
        private String container(String text, Token t, String lines) {
            String indent = indent(text, t.start());
            String blank = "\n" + indent.stripTrailing();
            String[] split = lines.split("\n", -1);
            var html = new StringBuilder(split[0]);
            for (int i = 1; i < split.length; i++) {
                html.append(split[i].isEmpty() ? blank : "\n" + indent).append(split[i]);
            }
            String lead = PREFIX.matcher(lineBefore(text, t.start())).matches() ? "" : "\n" + indent;
            String rest = text.substring(t.end(), CodeSpans.lineEnd(text, t.end()));
            return lead + html + blank + (rest.isBlank() ? "" : "\n" + indent);
        }

        /** {@code html} as a block when its tag is alone on its line, else inline. */
        private String place(String text, Token t, String html) {
            boolean alone = PREFIX.matcher(lineBefore(text, t.start())).matches()
                    && text.substring(t.end(), CodeSpans.lineEnd(text, t.end())).isBlank();
            return alone ? fragments.block(html, indent(text, t.start())) : fragments.inline(html);
        }

        private String drop(int line, String message) {
            notes.add(new Expansion.Note(line, message));
            return "";
        }
    }

    private static String first(List<String> args) {
        return args.isEmpty() ? "" : args.get(0);
    }

    private static String lineBefore(String text, int offset) {
        return text.substring(text.lastIndexOf('\n', offset - 1) + 1, offset);
    }

    /** The indentation that keeps a block inside the list item or quote its tag is in. */
    private static String indent(String text, int offset) {
        var m = PREFIX.matcher(lineBefore(text, offset));
        m.lookingAt();
        return m.group(1) + (m.group(2) == null ? "" : " ".repeat(m.group(2).length()));
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }
}
