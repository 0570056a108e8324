package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/**
 * Hugo's shortcodes ({@code {{< name args >}}}, {@code {{% name args %}}}, paired or alone) expanded as Hugo's own
 * built-ins would render them, as far as a feed can show them: {@code figure}, {@code highlight} (code, never
 * Markdown), {@code ref}/{@code relref} (the target's permalink), embeds as links ({@link HugoEmbeds}), {@code param}
 * (the article's field, else the site's: {@link HugoParam}), {@code details}, {@code qr} (its text or link), and
 * theme formula shortcodes ({@code math}, {@code katex}: their TeX as a formula). Any other paired shortcode keeps
 * its inner Markdown; any other lone one is dropped with a note. An escape
 * (<code>{{&lt;/* x *&#47;&gt;}}</code>) shows the shortcode's text: as code when written outside code, since a feed
 * shows no template delimiter outside code. Shortcodes inside code are code. Thread-safe.
 *
 * <p>Over 200 lines because each built-in shortcode is one case of one expansion, which shares the expansion's state.
 */
public final class HugoShortcodes implements Dialect {
    private final boolean formulasInPage;

    public HugoShortcodes() {
        this(false);
    }

    /** @param formulasInPage a formula shortcode's TeX goes to the page as HTML, for the site's MathJax to find */
    public HugoShortcodes(boolean formulasInPage) {
        this.formulasInPage = formulasInPage;
    }

    @Override
    public Expansion expandHtml(Page page, String text) {
        return expand(page, text);  // Hugo runs shortcodes in an HTML content file too
    }

    @Override
    public Expansion expand(Page page, String text) {
        List<ShortcodeTag> tags = ShortcodeLexer.tags(text);
        if (tags.isEmpty()) {
            return new Expansion(text, Fragments.none(), List.of());
        }
        var expander = new Expander(page, text, formulasInPage);
        String markdown = expander.render(0, text.length(), ShortcodeTree.of(tags));
        return new Expansion(markdown, expander.fragments, expander.notes);
    }

    /** One expansion's state: the text, the fragments and the notes so far. */
    private static final class Expander {
        private final Page page;
        private final String text;
        private final Fragments fragments = new Fragments();
        private final List<Expansion.Note> notes = new ArrayList<>();
        private final boolean formulasInPage;

        Expander(Page page, String text, boolean formulasInPage) {
            this.page = page;
            this.text = text;
            this.formulasInPage = formulasInPage;
        }

        /** The text between {@code from} and {@code to}, with {@code nodes} (all inside it) expanded. */
        String render(int from, int to, List<ShortcodeTree.Node> nodes) {
            StringBuilder out = new StringBuilder();
            int at = from;
            for (ShortcodeTree.Node node : nodes) {
                out.append(text, at, node.start()).append(expand(node));
                at = node.end();
            }
            return out.append(text, at, to).toString();
        }

        private String expand(ShortcodeTree.Node node) {
            ShortcodeTag tag = node.open();
            switch (tag.kind()) {
                case ESCAPE:
                    return HugoHighlight.inlineCode(tag.literal());
                case CODE_ESCAPE:
                    return tag.literal();
                case MALFORMED:
                    return note(tag, "shortcode tag '" + tag.literal() + "' is never closed (no '"
                            + (tag.markdown() ? "%}}" : ">}}") + "'); its delimiter was dropped");
                case CLOSE:
                    return note(tag, "closing shortcode \"" + tag.name() + "\" without an opening one dropped");
                default:
                    break;
            }
            switch (tag.name().toLowerCase(Locale.ROOT)) {
                case "highlight":
                    return node.paired() ? place(node, HugoHighlight.html(code(node), tag.args()))
                            : note(tag, "shortcode \"highlight\" without its closing tag dropped");
                case "math", "katex", "latex", "tex":  // alone, a theme's script loader: dropped
                    boolean display = tag.args().flag("display") || tag.args().flag("block");
                    return !node.paired() ? "" : formulasInPage ? place(node, HugoFormula.html(code(node), alone(node)
                            || display)) : HugoFormula.markdown(code(node), alone(node), display, indent(node));
                case "details":
                    return details(node, inner(node));
                case "comment":
                    return "";
                case "qr":
                    return qr(node, tag.args().get("text").orElseGet(() -> inner(node).strip()));
                default:
                    return lone(node) + inner(node);
            }
        }

        /** The shortcodes that stand for something themselves; a pair keeps its inner text after it. */
        private String lone(ShortcodeTree.Node node) {
            ShortcodeTag tag = node.open();
            ShortcodeArgs args = tag.args();
            String name = tag.name().toLowerCase(Locale.ROOT);
            if (HugoEmbeds.embeds(name)) {
                return HugoEmbeds.link(name, args).map(link -> link(node, link.url(), link.text()))
                        .orElseGet(() -> note(tag, "shortcode \"" + name + "\" does not say what it embeds; dropped"));
            }
            switch (name) {
                case "figure":
                    return HugoFigure.of(args).map(figure -> alone(node) ? figure.block(indent(node))
                                    : figure.inline())
                            .orElseGet(() -> note(tag, "shortcode \"figure\" without src dropped"));
                case "ref", "relref":
                    return reference(tag);
                case "param":
                    return param(tag);
                default:  // a theme's image or video shortcode ({{< img src="x.png" alt="…" >}}) reads as a figure
                    boolean image = args.get("src").filter(MediaFiles::isImage).isPresent();
                    Optional<String> video = args.get("src").filter(MediaFiles::isVideo);
                    return node.paired() ? "" : image ? HugoFigure.of(args).map(figure -> alone(node)
                            ? figure.block(indent(node)) : figure.inline()).orElse("")
                            : video.isPresent() ? place(node, VideoFigure.html(video.get(),
                                    args.get("caption").or(() -> args.get("title"))))
                            : note(tag, "unknown shortcode \"" + tag.name() + "\" dropped");
            }
        }

        /** The target's permalink, with its anchor. */
        private String reference(ShortcodeTag tag) {
            String target = tag.args().get("path", 0).orElse("");
            Optional<String> found = HugoReference.resolve(target, page);
            return found.orElseGet(() -> note(tag, tag.name() + " \"" + target
                    + "\": no article at that path; the link has no target"));
        }

        /** The page's param, else the site's ({@link HugoParam}): text from {@code <}, Markdown from {@code %}. */
        private String param(ShortcodeTag tag) {
            String name = tag.args().get("name", 0).orElse("");
            Optional<HugoParam.Printed> printed = HugoParam.of(page, name);
            printed.ifPresent(found -> found.caveats().forEach(why -> note(tag, "param \"" + name + "\": " + why)));
            return printed.filter(found -> !found.text().isEmpty())
                    .map(found -> tag.markdown() ? found.text() : fragments.inline(Entities.escape(found.text())))
                    .orElseGet(() -> note(tag, "param \"" + name + "\": " + (printed.isPresent() ? "empty"
                            : "neither the article nor the site's params have it") + " (Hugo stops the build); "
                            + "dropped"));
        }

        private String details(ShortcodeTree.Node node, String inner) {
            ShortcodeArgs args = node.open().args();
            boolean open = args.get("open").map(v -> v.equals("true") || v.equals("1")).orElse(false);
            String summary = args.get("summary").orElse("Details");
            String indent = indent(node);
            return "\n" + indent + "<details" + (open ? " open" : "") + "><summary>" + Entities.escape(summary)
                    + "</summary>\n" + indent.stripTrailing() + "\n" + inner + "\n" + indent.stripTrailing() + "\n"
                    + indent + "</details>\n";
        }

        private String qr(ShortcodeTree.Node node, String content) {
            if (content.isEmpty()) {
                return note(node.open(), "shortcode \"qr\" without text dropped");
            }
            boolean url = content.matches("(?i)(https?:|mailto:)\\S+");
            String escaped = Entities.escape(content);
            return url ? link(node, content, content) : place(node, alone(node) ? "<p>" + escaped + "</p>" : escaped);
        }

        private String link(ShortcodeTree.Node node, String url, String label) {
            String a = "<a href=\"" + Entities.escape(url) + "\">" + Entities.escape(label) + "</a>";
            return alone(node) ? fragments.block("<p>" + a + "</p>", indent(node)) : fragments.inline(a);
        }

        private String place(ShortcodeTree.Node node, String html) {
            return alone(node) ? fragments.block(html, indent(node)) : fragments.inline(html);
        }

        /** The Markdown between a pair's tags, its shortcodes expanded; empty for a lone tag. */
        private String inner(ShortcodeTree.Node node) {
            return node.paired() ? render(node.open().end(), node.close().start(), node.children()) : "";
        }

        /** The inner text of a code-like pair as written, its escapes shown as what they stand for. */
        private String code(ShortcodeTree.Node node) {
            return render(node.open().end(), node.close().start(), node.children());
        }

        /** Whether the node has its lines to itself: only indentation (or quote markers) before it, nothing after. */
        private boolean alone(ShortcodeTree.Node node) {
            int lineEnd = text.indexOf('\n', node.end());
            String after = text.substring(node.end(), lineEnd < 0 ? text.length() : lineEnd);
            return after.isBlank() && prefix(node).matches("[ \\t>]*");
        }

        /** The indentation (and quote markers) before the node, when nothing else precedes it on its line. */
        private String indent(ShortcodeTree.Node node) {
            String prefix = prefix(node);
            return prefix.matches("[ \\t>]*") ? prefix : "";
        }

        /** What precedes the node on its line. */
        private String prefix(ShortcodeTree.Node node) {
            return text.substring(text.lastIndexOf('\n', node.start() - 1) + 1, node.start());
        }

        private String note(ShortcodeTag tag, String message) {
            notes.add(new Expansion.Note(Lines.of(text, tag.start()), message));
            return "";
        }
    }
}
