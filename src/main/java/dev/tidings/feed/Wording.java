package dev.tidings.feed;

import java.util.Locale;

/**
 * The words Tidings itself puts in front of readers, in the blog's language: Chinese for {@code zh*}, else English.
 *
 * @param readMore the link text after a summary that stands in for the full text
 */
record Wording(String readMore) {
    private static final Wording CHINESE = new Wording("阅读全文");
    private static final Wording ENGLISH = new Wording("Read the whole article");

    /** For a language tag such as {@code zh-CN} or {@code en}. */
    static Wording of(String languageTag) {
        return languageTag.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }
}
