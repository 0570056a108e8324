package dev.tidings.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The slug functions of the generators, character for character: Hugo's urlize, Jekyll's slugify, Hexo's slugize. */
final class Slugs {
    private static final Pattern JEKYLL_DEFAULT = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]+");
    private static final Pattern JEKYLL_PRETTY = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}._~!$&'()+,;=@]+");
    private static final Pattern HEXO_SPECIAL = Pattern.compile("[\\s~`!@#$%^&*()\\-_+=\\[\\]{}|\\\\;:\"'<>,.?/]+");

    /**
     * Hugo's {@code UnicodeSanitize} then lower case ({@code urlize} without the escaping): letters, digits and marks
     * of any script stay, as do {@code . / \ _ # + ~ - @} and {@code %} before two hex digits; a run of spaces becomes
     * one {@code -} (none at the start, none after a {@code -}); everything else is dropped.
     */
    static String hugoUrlize(String text) {
        return hugoSanitize(text).toLowerCase(Locale.ROOT);
    }

    /** {@link #hugoUrlize} without lower-casing, as Hugo applies to a whole path when {@code disablePathToLower}. */
    static String hugoSanitize(String text) {
        int[] source = text.codePoints().toArray();
        var target = new StringBuilder(text.length());
        boolean prependHyphen = false;
        boolean wasHyphen = false;
        for (int i = 0; i < source.length; i++) {
            int r = source[i];
            boolean allowed = "./\\_#+~-@".indexOf(r) >= 0 || Character.isLetter(r) || Character.isDigit(r)
                    || isMark(r) || (r == '%' && i + 2 < source.length && isHex(source[i + 1]) && isHex(source[i + 2]));
            if (allowed) {
                wasHyphen = r == '-';
                if (prependHyphen && !wasHyphen) {
                    target.append('-');
                }
                prependHyphen = false;
                target.appendCodePoint(r);
            } else if (target.length() > 0 && !wasHyphen && Character.isWhitespace(r)) {
                prependHyphen = true;
            }
        }
        return target.toString();
    }

    /**
     * Jekyll's {@code Utils.slugify}: mode {@code default} turns every run of characters that are not letters or
     * digits (any script) into one {@code -}; {@code pretty} also keeps {@code ._~!$&'()+,;=@}. Leading and trailing
     * {@code -} go; {@code cased} keeps the case, otherwise lower case.
     */
    static String jekyllSlugify(String text, boolean pretty, boolean cased) {
        String slug = (pretty ? JEKYLL_PRETTY : JEKYLL_DEFAULT).matcher(text).replaceAll("-")
                .replaceAll("^-+|-+$", "");
        return cased ? slug : slug.toLowerCase(Locale.ROOT);
    }

    /**
     * Hexo's {@code slugize} from hexo-util: Latin diacritics dropped ({@code ü} → {@code u}, {@code Æ} → {@code AE}),
     * every run of ASCII space and punctuation one {@code -}, none at either end; only ASCII punctuation counts, so
     * {@code ，} and {@code ？} stay. {@code lower} is its {@code transform: 1}.
     */
    static String hexoSlugize(String text, boolean lower) {
        String plain = Normalizer.normalize(text.replace("Æ", "AE").replace("æ", "ae").replace("Œ", "OE")
                .replace("œ", "oe").replace("Ø", "O").replace("ø", "o").replace("ß", "s"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = HEXO_SPECIAL.matcher(plain.replaceAll("[\\x00-\\x1f]", "")).replaceAll("-")
                .replaceAll("^-+|-+$", "");
        return lower ? slug.toLowerCase(Locale.ROOT) : slug;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private Slugs() {}
}
