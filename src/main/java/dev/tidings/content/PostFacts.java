package dev.tidings.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a generator's permalink rule reads of one post: its path ({@code /}-separated, relative to the folder the
 * generator reads it from: Hugo's {@code content/}, Jekyll's site root, Hexo's {@code source/_posts/}), its date as the
 * generator resolved it, its front matter's text values (title, slug, url, permalink, id, …) and its categories in
 * order. Blank values count as absent.
 */
record PostFacts(String path, OffsetDateTime date, Map<String, String> fields, List<String> categories) {
    PostFacts {
        fields = Map.copyOf(fields);
        categories = List.copyOf(categories);
    }

    Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).filter(value -> !value.isBlank());
    }

    /** The file's name without its folders and without its last extension. */
    String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The folders above the file, {@code ""} at the top. */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
