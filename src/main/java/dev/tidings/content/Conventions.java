package dev.tidings.content;

import java.util.Map;

/**
 * How a site's generator publishes, as its configuration writes it: kept as data for the stages that build addresses
 * and summaries the generator's way. Nothing here is interpreted yet. Immutable.
 *
 * @param generator        the generator whose rules these are ({@link Generator#NONE} for a plain collection)
 * @param permalinks       permalink rules as written: Hugo's by section ({@code posts -> /:year/:slug/}), Jekyll's and
 *                         Hexo's one rule under the key {@code ""}; no entry means the generator's default
 * @param summaryLength    Hugo's {@code summaryLength} in words, 0 when not set
 * @param excerptSeparator Jekyll's {@code excerpt_separator}, empty when not set
 */
public record Conventions(Generator generator, Map<String, String> permalinks, int summaryLength,
                          String excerptSeparator) {
    public Conventions {
        java.util.Objects.requireNonNull(generator, "generator");
        java.util.Objects.requireNonNull(excerptSeparator, "excerptSeparator");
        permalinks = Map.copyOf(permalinks);
        if (summaryLength < 0) {
            throw new IllegalArgumentException("summaryLength must not be negative, but was " + summaryLength);
        }
    }

    /** No generator: Tidings' own rules. */
    public static Conventions none() {
        return new Conventions(Generator.NONE, Map.of(), 0, "");
    }
}
