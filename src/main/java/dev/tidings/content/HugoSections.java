package dev.tidings.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Hugo's nested sections: a content folder below the top level is a section of its own only if it holds an
 * {@code _index} page ({@code _index.md}, {@code _index.en.md}, …); its pages' {@code :sections} then include it.
 */
final class HugoSections {
    private HugoSections() {}

    /** The folders (relative to {@code content}, {@code /}-separated) below the top level with an {@code _index}. */
    static Set<String> nested(Path content) {
        var sections = new TreeSet<String>();
        if (!Files.isDirectory(content)) {
            return sections;
        }
        try (Stream<Path> files = Files.walk(content)) {
            files.filter(file -> file.getFileName().toString().startsWith("_index.") && Files.isRegularFile(file))
                    .map(file -> content.relativize(file.getParent()).toString().replace('\\', '/'))
                    .filter(folder -> folder.contains("/"))
                    .forEach(sections::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for Hugo's sections in " + content, e);
        }
        return sections;
    }
}
