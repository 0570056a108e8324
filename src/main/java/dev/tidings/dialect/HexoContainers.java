package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags whose body is Markdown, as the HTML lines a feed gets around that Markdown: Hexo's {@code blockquote}
 * (also {@code quote}, with Hexo's footer: author, source link, title) and {@code pullquote}; NexT's and Butterfly's
 * {@code note} ({@code <details>} when NexT's summary is given), {@code centerquote} ({@code cq}); the collapsibles
 * Fluid's {@code fold}, {@code folding}, Butterfly's {@code hideToggle} and {@code hideBlock} as
 * {@code <details><summary>}; and NexT's {@code tabs}: the tab titles first, then each tab's Markdown. Stateless.
 */
final class HexoContainers {
    private static final Pattern FULL_CITE_WITH_TITLE = Pattern.compile("(\\S.*)\\s+(https?://\\S+)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FULL_CITE = Pattern.compile("(\\S.*)\\s+(https?://\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_TITLE = Pattern.compile("([^,]+),\\s*([^,]+)");
    private static final Set<String> NEXT_NOTE = Set.of("default", "primary", "info", "success", "warning", "danger",
            "no-icon");
    // Butterfly's note takes only class words: colours, styles and a Font Awesome icon ("fas fa-bullhorn")
    private static final Set<String> BUTTERFLY_NOTE = Set.of("default", "blue", "pink", "red", "purple", "orange",
            "green", "flat", "modern", "simple", "disabled", "no-icon", "icon-padding");
    private static final Pattern TAB = Pattern.compile("<!--\\s*tab (.*?)\\s*-->\\n([\\s\\S]*?)<!--\\s*endtab\\s*-->");

    private HexoContainers() {}

    /** The HTML lines before and after a container's Markdown (lines separated by {@code \n}). */
    record Wrapper(String open, String close) {}

    /** One tab of a {@code tabs} tag: its title, and where its Markdown is in the tag's body. */
    record Tab(String title, int start, int end) {}

    /** The wrapper of the container tag {@code name}; empty when {@code name} is not one. */
    static Optional<Wrapper> wrapper(String name, List<String> args) {
        String joined = String.join(" ", args);
        return switch (name) {
            case "blockquote", "quote" -> Optional.of(new Wrapper("<blockquote>", footer(joined) + "</blockquote>"));
            case "pullquote" -> Optional.of(new Wrapper(HexoMarkup.start("blockquote", HexoMarkup.attributes("class",
                    ("pullquote " + joined).strip())), "</blockquote>"));
            case "centerquote", "cq" -> Optional.of(new Wrapper("<blockquote class=\"blockquote-center\">",
                    "</blockquote>"));
            case "note", "subnote" -> Optional.of(note(args));
            case "fold" -> details("fold", joined.contains("@") ? joined.substring(joined.indexOf('@') + 1) : "");
            case "folding" -> details("folding", joined.contains(",") ? joined.substring(joined.indexOf(',') + 1)
                    : joined);
            case "hideToggle" -> details("toggle", joined.split(",", -1)[0]);
            case "hideBlock" -> details("hide-block", joined.isBlank() ? "Click" : joined.split(",", -1)[0]);
            default -> Optional.empty();
        };
    }

    /** The tabs in a {@code tabs} tag's body, titled as NexT titles them ({@code name 1} when a tab has no title). */
    static List<Tab> tabs(List<String> args, String body) {
        String name = String.join(" ", args).split(",", -1)[0];
        var tabs = new ArrayList<Tab>();
        Matcher m = TAB.matcher(body);
        while (m.find()) {
            String caption = m.group(1).split("@", -1)[0].strip();  // after '@': an icon's name
            tabs.add(new Tab(caption.isEmpty() ? name + " " + (tabs.size() + 1) : caption, m.start(2), m.end(2)));
        }
        return tabs;
    }

    /** The list of tab titles that comes before the tabs' Markdown. */
    static String titles(List<Tab> tabs) {
        var html = new StringBuilder("<ul>");
        tabs.forEach(tab -> html.append("\n<li>").append(HexoMarkup.escape(tab.title())).append("</li>"));
        return html.append("\n</ul>").toString();
    }

    /**
     * NexT's note: up to two class words ({@code info}, {@code no-icon}), then a summary, which makes it a
     * {@code <details>}; Butterfly's class words (colour, icon, style) make no summary.
     */
    private static Wrapper note(List<String> args) {
        var classes = new ArrayList<String>();
        int i = 0;
        while (i < args.size() && i < 2 && NEXT_NOTE.contains(args.get(i))) {
            classes.add(args.get(i++));
        }
        List<String> rest = args.subList(i, args.size());
        if (rest.stream().allMatch(word -> BUTTERFLY_NOTE.contains(word) || word.startsWith("fa"))) {
            classes.addAll(rest);
            return new Wrapper(HexoMarkup.start("div", HexoMarkup.attributes("class", noteClass(classes))), "</div>");
        }
        return new Wrapper(HexoMarkup.start("details", HexoMarkup.attributes("class", noteClass(classes)))
                + "\n<summary>\n\n" + String.join(" ", rest) + "\n\n</summary>", "</details>");
    }

    private static String noteClass(List<String> classes) {
        return ("note " + String.join(" ", classes.stream().map(c -> c.replaceAll("[^\\w-]", " ")).toList())).strip();
    }

    private static Optional<Wrapper> details(String kind, String summary) {
        return Optional.of(new Wrapper("<details class=\"" + kind + "\">\n<summary>"
                + HexoMarkup.escape(summary.strip()) + "</summary>", "</details>"));
    }

    /** Hexo's blockquote footer line: the author, and the source's link or title; empty without arguments. */
    private static String footer(String args) {
        String author = args;
        String source = "";
        String title = "";
        Matcher m;
        if ((m = FULL_CITE_WITH_TITLE.matcher(args)).find()) {
            author = m.group(1);
            source = m.group(2);
            title = m.group(3);
        } else if ((m = FULL_CITE.matcher(args)).find()) {
            author = m.group(1);
            source = m.group(2);
        } else if ((m = AUTHOR_TITLE.matcher(args)).find()) {
            author = m.group(1);
            title = m.group(2);
        }
        var footer = new StringBuilder();
        if (!author.isEmpty()) {
            footer.append("<strong>").append(HexoMarkup.escape(author)).append("</strong>");
        }
        if (!source.isEmpty()) {
            String text = title.isEmpty() ? source.replaceAll("^https?://|/(index.html?)?$", "") : title;
            footer.append(" <cite>").append(HexoMarkup.element("a", HexoMarkup.attributes("href", source),
                    HexoMarkup.escape(text))).append("</cite>");
        } else if (!title.isEmpty()) {
            footer.append(" <cite>").append(HexoMarkup.escape(title)).append("</cite>");
        }
        return footer.length() == 0 ? "" : "<p>" + footer + "</p>\n";
    }
}
