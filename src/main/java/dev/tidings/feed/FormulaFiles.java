package dev.tidings.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tidings.content.Bodies;
import dev.tidings.content.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formula images the bodies link to ({@code formulas/<hash>.svg} below the feeds), as documents served like
 * feeds (gzip twin, strong ETag) and exported like them. Their content never changes: a changed image has another
 * hash. Thread-safe.
 */
final class FormulaFiles {
    static final String MEDIA_TYPE = "image/svg+xml";
    private static final Pattern LINK = Pattern.compile("formulas/([0-9a-f]{32})\\.svg");

    private final Bodies bodies;
    private final FeedUrls urls;
    private final Cache<String, RenderedFeed> served = Caffeine.newBuilder().maximumWeight(8 << 20)
            .weigher((String hash, RenderedFeed file) -> file.weight()).build();

    FormulaFiles(Bodies bodies, FeedUrls urls) {
        this.bodies = bodies;
        this.urls = urls;
    }

    /** The image {@code file} names ({@code <hash>.svg}), if a body linked to it. */
    Optional<RenderedFeed> file(String file, Catalog catalog) {
        Matcher name = LINK.matcher("formulas/" + file);
        if (!name.matches()) {
            return Optional.empty();
        }
        String hash = name.group(1);
        RenderedFeed known = served.getIfPresent(hash);
        if (known != null) {
            return Optional.of(known);
        }
        return bodies.formulaImage(hash).map(svg -> {
            // Last-Modified: the collection's, as every replica has it; the content itself never changes.
            var document = RenderedFeed.of(MEDIA_TYPE, path(hash), svg.getBytes(StandardCharsets.UTF_8),
                    catalog.lastUpdate().toInstant(), true, Trim.NONE);
            served.put(hash, document);
            return document;
        });
    }

    /** The URL of an image below the feeds URL: {@code …/formulas/<hash>.svg}. */
    String path(String hash) {
        return urls.resolve("formulas/" + hash + ".svg");
    }

    /**
     * Whether {@code document} holds a formula that could not be rendered: perhaps for the engine's sake (out of
     * memory, say), not the formula's, so such a document is not kept for later (by a build, or across a restart).
     */
    static boolean failed(byte[] document) {
        // ASCII sought in UTF-8: read as Latin-1, a copy of the bytes, rather than decoded character by character
        return new String(document, StandardCharsets.ISO_8859_1).contains("math-error");
    }

    /** The hashes of the formula images {@code document} links to. */
    static Set<String> linked(byte[] document) {
        var hashes = new TreeSet<String>();
        // The link is ASCII, and no byte of another UTF-8 character is: read as Latin-1, a copy of the bytes.
        Matcher link = LINK.matcher(new String(document, StandardCharsets.ISO_8859_1));
        while (link.find()) {
            hashes.add(link.group(1));
        }
        return hashes;
    }
}
