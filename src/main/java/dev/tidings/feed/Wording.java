package dev.tidings.feed;

import dev.tidings.content.Taxonomy;
import java.util.Locale;

/**
 * The words Tidings itself puts in front of readers, in the blog's language: Chinese for {@code zh*} (in traditional
 * characters for {@code zh-Hant}, {@code zh-TW}, {@code zh-HK} and {@code zh-MO}), else English.
 * Plain text, escaped where it is written.
 *
 * @param readMore     the link text after a summary that stands in for the full text
 * @param feedIntro    on a feed's browser page: what it is and how to subscribe
 * @param listIntro    on the feed list: what a feed is and how to subscribe
 * @param siteFeed     the label of the whole blog's feed
 * @param importAll    around the link to the OPML file, at {@code %s}
 * @param allFeeds     the link from a feed's page to the feed list
 * @param whichFormat  the heading over {@link #atom}, {@link #rss} and {@link #json}
 * @param searchFeed   the label of a feed page's search form
 * @param searchSite   the label of the feed list's form that searches the articles
 * @param search       the button of both
 * @param findFeed     the label of the feed list's form that filters the feeds by name
 * @param find         its button
 * @param feedsTitle   after the blog's title in the feed list's {@code <title>}
 */
record Wording(String readMore, String feedIntro, String listIntro, String siteFeed, String importAll,
               String allFeeds, String whichFormat, String atom, String rss, String json, String searchFeed,
               String searchSite, String search, String findFeed, String find, String categories, String tags,
               String authors, String feedsTitle, String oneArticleFormat, String articlesFormat, String moreFormat,
               String foundFormat, String noneFoundFormat, String showAll) {
    private static final Wording CHINESE = new Wording("阅读全文",
            "这是一个订阅源。把下面的地址复制到你的阅读器（Feedly、Inoreader、NetNewsWire……）中即可订阅。",
            "订阅源（feed）让阅读器替你留意新文章，不必常回来看。把下面任一地址复制到你的阅读器（Feedly、Inoreader、"
                    + "NetNewsWire……）中即可订阅：全站一个，每个分类、标签和作者也各有一个。",
            "全部文章", "一次导入全部订阅源：%s", "全部订阅源", "选哪种格式？",
            "标准格式（RFC 4287），描述最精确；阅读器支持就选它。",
            "最老的格式，所有阅读器都能读。",
            "给偏爱 JSON 的应用和脚本。",
            "搜索此订阅源", "搜索文章", "搜索", "查找订阅源", "查找", "分类", "标签", "作者", "订阅源",
            "%d 篇", "%d 篇", "另外 %d 个%s，按名称排列（共 %d 个）", "名称包含“%s”的订阅源：%d 个",
            "没有名称包含“%s”的订阅源。", "显示全部");
    private static final Wording TRADITIONAL = new Wording("閱讀全文",
            "這是一個訂閱源。把下面的地址複製到你的閱讀器（Feedly、Inoreader、NetNewsWire……）中即可訂閱。",
            "訂閱源（feed）讓閱讀器替你留意新文章，不必常回來看。把下面任一地址複製到你的閱讀器（Feedly、Inoreader、"
                    + "NetNewsWire……）中即可訂閱：全站一個，每個分類、標籤和作者也各有一個。",
            "全部文章", "一次匯入全部訂閱源：%s", "全部訂閱源", "選哪種格式？",
            "標準格式（RFC 4287），描述最精確；閱讀器支援就選它。",
            "最老的格式，所有閱讀器都能讀。",
            "給偏愛 JSON 的應用程式和腳本。",
            "搜尋此訂閱源", "搜尋文章", "搜尋", "查找訂閱源", "查找", "分類", "標籤", "作者", "訂閱源",
            "%d 篇", "%d 篇", "另外 %d 個%s，按名稱排列（共 %d 個）", "名稱包含「%s」的訂閱源：%d 個",
            "沒有名稱包含「%s」的訂閱源。", "顯示全部");
    private static final Wording ENGLISH = new Wording("Read the whole article",
            "This is a web feed. To subscribe, copy this address into your feed reader:",
            "A feed lets your feed reader watch for new articles, so you need not keep coming back. To subscribe, "
                    + "copy one of these addresses into your reader (Feedly, Inoreader, NetNewsWire…): one for the "
                    + "whole blog, and one for each category, tag and author.",
            "All articles", "Import every feed at once: %s", "all feeds", "Which format?",
            "The standard (RFC 4287) and the most precise: use it if your reader takes it.",
            "The oldest format, read by everything.",
            "For apps and scripts that prefer JSON.",
            "Search this feed", "Search the articles", "Search", "Find a feed", "Find", "Categories", "Tags",
            "Authors", "feeds", "%d article", "%d articles", "%d more %s, by name (%d in all)",
            "Feeds with “%s” in their name: %d", "No feed has “%s” in its name.", "Show all");

    /** For a language tag such as {@code zh-CN}, {@code zh-Hant-HK} or {@code en}. */
    static Wording of(String languageTag) {
        String tag = languageTag.toLowerCase(Locale.ROOT);
        if (!tag.equals("zh") && !tag.startsWith("zh-")) {
            return ENGLISH;
        }
        boolean traditional = tag.contains("-hant") || tag.matches("zh-(tw|hk|mo)(-.*)?");
        return traditional && !tag.contains("-hans") ? TRADITIONAL : CHINESE;
    }

    /** The English words, which pages in other languages add to their one explanatory paragraph. */
    static Wording english() {
        return ENGLISH;
    }

    /** The heading of the feed list's section of categories, tags or authors. */
    String heading(Taxonomy taxonomy) {
        return switch (taxonomy) {
            case CATEGORY -> categories;
            case TAG -> tags;
            case AUTHOR -> authors;
        };
    }

    /** {@code 5 篇}, {@code 1 article}, {@code 5 articles}. */
    String articleCount(int count) {
        return String.format(Locale.ROOT, count == 1 ? oneArticleFormat : articlesFormat, count);
    }

    /** The summary of a folded list: {@code 30 more tags, by name (60 in all)}. */
    String more(int folded, String group, int all) {
        String noun = this == ENGLISH ? group.toLowerCase(Locale.ROOT) : group;
        return String.format(Locale.ROOT, moreFormat, folded, noun, all);
    }

    String found(String query, int count) {
        return String.format(Locale.ROOT, foundFormat, query, count);
    }

    String noneFound(String query) {
        return String.format(Locale.ROOT, noneFoundFormat, query);
    }
}
