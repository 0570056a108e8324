package dev.tidings.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The slug functions of the generators, character for character: Hugo's urlize, Jekyll's slugify, Hexo's slugize,
 * Zola's {@code slugify_paths}.
 */
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

    /**
     * Zola's {@code slugify.paths = "on"}, the {@code slug} crate's {@code slugify}: ASCII letters and digits kept
     * (lower case), every other character transliterated to ASCII by the {@code deunicode} crate, then every run of
     * what is not a letter or digit one {@code -}, none at either end. Empty when the text has a character whose
     * transliteration Tidings does not know: Tidings knows (checked against deunicode 1.6.2's table, which Zola 0.22
     * uses) letters whose canonical decomposition is ASCII with accents ({@code é} → {@code e}), the combining accents
     * themselves (nothing), and spaces and punctuation (a {@code -}), but not Chinese, Japanese, Cyrillic, Greek,
     * ligatures such as {@code ß} or emoji.
     */
    static Optional<String> zolaSlugify(String text) {
        var ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                ascii.append((char) cp);
            } else if (cp >= 0x300 && cp <= 0x362) {
                continue;  // a combining accent (an NFD file name from macOS): deunicode drops it
            } else if (isZolaSeparator(cp)) {
                ascii.append(' ');
            } else {
                String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                if (base.isEmpty() || !base.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
                    return Optional.empty();
                }
                ascii.append(base);
            }
        }
        return Optional.of(ascii.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", ""));
    }

    /**
     * Zola's {@code slugify.paths = "safe"}: spaces and dots at the end trimmed, then {@code < > : " / \ | ? *}
     * removed; case, spaces and characters outside ASCII are kept.
     */
    static String zolaSafe(String text) {
        return text.replaceAll("[ .]+$", "").replaceAll("[<>:\"/\\\\|?*]", "");
    }

    /**
     * Spaces and punctuation, which deunicode writes without a letter or digit: dashes, brackets, quotes, connectors,
     * and the other punctuation of CJK text and full-width forms ({@code 、。，？}); not U+303D, which it spells out.
     */
    private static boolean isZolaSeparator(int cp) {
        return switch (Character.getType(cp)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION -> true;
            case Character.OTHER_PUNCTUATION -> (cp >= 0x3000 && cp < 0x303D) || (cp >= 0xFF01 && cp <= 0xFF65);
            default -> false;
        };
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
