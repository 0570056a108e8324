package dev.tidings.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each document of the last export was made from (a fingerprint of its inputs), and its two files' sizes and times
 * as that export left them, kept in the folder ({@value #FILE}): a document whose inputs and files are as they were is
 * not rendered again. A record that cannot be read only costs a full render. Thread-safe.
 */
final class ExportRecord {
    static final String FILE = ".tidings-export-record";
    private static final String FORMAT = "tidings-export-record 1";
    private static final Logger log = LoggerFactory.getLogger(ExportRecord.class);

    /**
     * A document as the last export left it.
     *
     * @param path   its plain file, below the folder (the gzip twin is beside it)
     * @param linked the formula images it links to ({@code <hash>})
     */
    record Kept(String path, String plain, String gzip, List<String> linked) {}

    private final Map<String, Kept> previous;
    private final Map<String, Kept> next = new ConcurrentHashMap<>();

    private ExportRecord(Map<String, Kept> previous) {
        this.previous = previous;
    }

    /** A record of nothing: every document is rendered. */
    static ExportRecord none() {
        return new ExportRecord(Map.of());
    }

    /** The record {@code out} holds; an empty one if there is none, or one that cannot be read. */
    static ExportRecord read(Path out) {
        var entries = new HashMap<String, Kept>();
        try {
            List<String> lines = Files.readAllLines(out.resolve(FILE), StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
                return new ExportRecord(Map.of());
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split("\t", 5);
                if (fields.length == 5) {
                    List<String> linked = fields[3].isEmpty() ? List.of() : Arrays.asList(fields[3].split(","));
                    entries.put(fields[0], new Kept(fields[4], fields[1], fields[2], linked));
                }
            }
        } catch (NoSuchFileException e) {
            return new ExportRecord(Map.of());
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring {}: {}; every document is rendered again", out.resolve(FILE), e.toString());
            return new ExportRecord(Map.of());
        }
        return new ExportRecord(entries);
    }

    /**
     * The document the last export made from {@code fingerprint}, if its files ({@code file} finds them below the
     * folder by path) are as that export left them; it is then recorded again as is.
     */
    Optional<Kept> unchanged(String fingerprint, Function<String, Path> file) {
        Kept kept = previous.get(fingerprint);
        if (kept == null || kept.plain().equals("-") || !kept.plain().equals(stat(file.apply(kept.path())))
                || !kept.gzip().equals(stat(file.apply(kept.path() + ".gz")))) {
            return Optional.empty();
        }
        next.put(fingerprint, kept);
        return Optional.of(kept);
    }

    /** The document at {@code path} was made from {@code fingerprint}, and its files are now as they are. */
    void made(String fingerprint, String path, Path plain, Path gzip, Collection<String> linked) {
        if (!path.contains("\n") && !path.contains("\r")) {
            next.put(fingerprint, new Kept(path, stat(plain), stat(gzip), List.copyOf(linked)));
        }
    }

    void write(Path out) throws IOException {
        var lines = new ArrayList<String>();
        lines.add(FORMAT);
        new TreeMap<>(next).forEach((fingerprint, kept) -> lines.add(String.join("\t", fingerprint, kept.plain(),
                kept.gzip(), String.join(",", kept.linked()), kept.path())));
        Files.write(out.resolve(FILE), lines, StandardCharsets.UTF_8);
    }

    /** The file's size and modification time, or {@code -} if it is not there. */
    private static String stat(Path file) {
        try {
            var attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "-";
        }
    }
}
