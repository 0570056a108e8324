package dev.tidings.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Zola's drafted sections: a folder whose {@code _index.md} says {@code draft = true} is skipped whole, its pages and
 * the sections below it, unless Zola is asked for drafts. A section's other settings ({@code transparent},
 * {@code sort_by}, {@code generate_feeds}, …) change what the section lists, never a page's path or the site's feed.
 */
final class ZolaSections {
    private ZolaSections() {}

    /**
     * The folders (relative to {@code content}, {@code /}-separated, {@code ""} for content itself) whose
     * {@code _index.md} is a draft. An {@code _index.md} that cannot be read is taken as no draft: Zola refuses to
     * build with it, so the site has never been published that way.
     */
    static Set<String> drafted(Path content) {
        var drafted = new TreeSet<String>();
        if (!Files.isDirectory(content)) {
            return drafted;
        }
        try (Stream<Path> files = Files.walk(content)) {
            files.filter(file -> file.getFileName().toString().equals("_index.md") && Files.isRegularFile(file))
                    .filter(ZolaSections::isDraft)
                    .map(file -> content.relativize(file.getParent()).toString().replace('\\', '/'))
                    .forEach(drafted::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for Zola's sections in " + content, e);
        }
        return drafted;
    }

    private static boolean isDraft(Path index) {
        try {
            String path = index.toString();
            return Listing.bool(SourceText.of(path, Files.readAllBytes(index)).fields(path, false), "draft")
                    .orElse(false);
        } catch (ContentException | IOException e) {
            return false;
        }
    }
}
