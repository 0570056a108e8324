package dev.tidings.content;

/**
 * Whose rules give articles their links and ids: Tidings' own (the {@code permalink} pattern, minted {@code tag:} ids)
 * or the site generator's, so that a blog moved to Tidings keeps every link and every id its readers know.
 *
 * @param generatorPermalinks links as the generator publishes them (its permalink rules, from its configuration)
 * @param feedIds             ids as the generator's own feed writes them: Hugo's RSS and hexo-generator-feed use the
 *                            link, jekyll-feed the post's {@code id} URL; else minted {@code tag:} ids
 */
public record Addressing(boolean generatorPermalinks, boolean feedIds) {
    /** Tidings' own rules. */
    public static final Addressing OWN = new Addressing(false, false);
}
