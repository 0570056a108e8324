package dev.tidings.feed;

import dev.tidings.content.Taxonomy;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The words Tidings itself puts in front of readers, in the blog's language: Chinese for {@code zh*} (in traditional
 * characters for {@code zh-Hant}, {@code zh-TW}, {@code zh-HK} and {@code zh-MO}), else English.
 * Plain text, escaped where it is written. The words are kept in {@code wording-zh.properties},
 * {@code wording-zh-Hant.properties} and {@code wording-en.properties} next to this class, one key per component.
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
               String foundFormat, String noneFoundFormat, String showAll, String formulaImages) {
    private static final Wording CHINESE = load("zh");
    private static final Wording TRADITIONAL = load("zh-Hant");
    private static final Wording ENGLISH = load("en");

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

    /** The words in {@code wording-<name>.properties} next to this class (UTF-8), each key a component's name. */
    private static Wording load(String name) {
        var file = "wording-" + name + ".properties";
        var words = new Properties();
        try (var in = Wording.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the class path");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        RecordComponent[] components = Wording.class.getRecordComponents();
        var types = new Class<?>[components.length];
        var values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = String.class;
            values[i] = words.getProperty(components[i].getName());
            if (values[i] == null) {
                throw new IllegalStateException(file + " has no '" + components[i].getName() + "'");
            }
        }
        try {
            return Wording.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the words of " + file, e);
        }
    }
}
