package dev.tidings.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Knows every article file under the collection root and what parsing it gave, and re-parses only what changed: a
 * full scan compares each file's size and modification time, an update re-reads just the paths it is given. A file
 * that turns bad keeps its last good article. Not thread-safe: {@link Library} serialises calls.
 *
 * <p>Over 200 lines because the walk, the change detection and the keeping of last good articles share one table of
 * entries whose invariants are easiest to check in one place.
 */
final class CatalogLoader {
    private final Path root;
    private final boolean jekyll;
    private final Site site;
    private final ArticleParser parser;
    private final BodyStore store;
    private final int parallelFrom;  // files to parse before it is worth using every core
    private final KeptCatalog kept;
    private int changesToKeep;  // files parsed or removed since the kept catalog was written
    private final TreeMap<String, Entry> entries = new TreeMap<>();  // by relative path, in the order builds need
    private boolean changed = true;  // since the last build

    CatalogLoader(Path root, Site site, BodyStore store, KeptCatalog kept) {
        this(root, site, store, kept, 16);
    }

    /**
     * @param kept         what the last run parsed, for files that did not change since
     * @param parallelFrom from how many files to parse on every core (tests compare it with one thread)
     */
    CatalogLoader(Path root, Site site, BodyStore store, KeptCatalog kept, int parallelFrom) {
        this.parallelFrom = parallelFrom;
        this.kept = kept;
        this.root = root;
        // A Jekyll site's root: only what is in _posts folders is an article (pages, layouts and _site are not).
        this.jekyll = Files.isRegularFile(root.resolve("_config.yml")) && Files.isDirectory(root.resolve("_posts"));
        this.site = site;
        this.parser = new ArticleParser(site, store);
        this.store = store;
    }

    /** Walks the whole folder; returns how many files were parsed again (added or changed ones). */
    int scan() throws IOException {
        requireRoot();
        var found = new TreeMap<String, Found>();
        walk(root, found);
        requireRoot();  // a folder that vanished during the walk looks empty: that is an outage, not deletions
        int before = entries.size();
        changed |= entries.keySet().removeIf(path -> !found.containsKey(path));
        changesToKeep += before - entries.size();
        var stale = found.values().stream()
                .filter(f -> !entries.containsKey(f.path) || !entries.get(f.path).stamp.equals(f.stamp))
                .toList();
        // Parsing is CPU-bound and independent per file: every core on a cold start. The results come back in the
        // walk's order (a list, not a set), so the table, and with it the catalog and its problems, is the same.
        int takenBefore = kept.taken();
        var parsed = (stale.size() >= parallelFrom ? stale.parallelStream() : stale.stream()).map(this::parse)
                .toList();
        parsed.forEach(this::put);
        int taken = kept.taken() - takenBefore;
        kept.forget();  // the first scan took what it could; later changes are parsed
        changesToKeep += parsed.size() - taken;
        kept.saveLater(keep());
        return parsed.size() - taken;
    }

    /** Writes, before it returns, what changed since the kept catalog was last written, after any write under way. */
    void keepNow() {
        kept.awaitSaves();
        keep().run();
    }

    /**
     * Writes what is parsed now for the next start, if files were parsed or removed since it was last written; the
     * entries are taken here, the writing can run anywhere.
     */
    private Runnable keep() {
        if (changesToKeep == 0) {
            return () -> { };
        }
        changesToKeep = 0;
        var entries = this.entries.values().stream()
                .filter(entry -> entry.problem.isEmpty() && entry.article.isPresent())
                .map(entry -> new KeptCatalog.Kept(entry.path, entry.size, entry.crc, entry.article.get()))
                .toList();
        return () -> kept.save(entries);
    }

    /** Re-reads {@code paths} (absolute, under the root): changed, created or deleted files or folders. */
    int update(Collection<Path> paths) throws IOException {
        requireRoot();  // a vanished folder is an outage to ride out, not every article deleted
        int parsed = 0;
        for (Path path : paths) {
            String relative = relative(path);
            if (relative.isEmpty() || isIgnored(relative)) {
                continue;
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                var found = new TreeMap<String, Found>();
                walk(path, found);
                for (Found f : found.values()) {
                    put(parse(f));
                    parsed++;
                }
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                if (isArticleName(path.getFileName().toString())) {
                    var found = new TreeMap<String, Found>();
                    walk(path, found);  // one file: applies the same symlink rules as a scan
                    found.values().forEach(f -> put(parse(f)));
                    parsed += found.size();
                }
            } else {  // gone: the file, or a whole folder of them
                boolean removed = entries.keySet().removeIf(p -> p.equals(relative) || p.startsWith(relative + "/"));
                changed |= removed;
                changesToKeep += removed ? 1 : 0;
            }
        }
        changesToKeep += parsed;
        return parsed;
    }

    /**
     * The catalog of what is known now: published articles (a broken file's last good one included), without drafts,
     * articles that go live after {@code now} and expired ones. Of two articles with one id or one permalink, the one whose path sorts
     * first is kept and the other reported.
     */
    Catalog build(long version, Instant now) {
        var problems = new ArrayList<ContentException>();
        int capacity = entries.size() * 4 / 3 + 1;  // no rehashing on the way: this runs on every change
        var byId = new HashMap<String, Article>(capacity);
        var byPermalink = new HashMap<String, Article>(capacity);
        var published = new ArrayList<Article>(entries.size());
        Instant next = Instant.MAX;
        changed = false;
        for (Entry entry : entries.values()) {
            entry.problem.ifPresent(problems::add);
            if (entry.article.isEmpty()) {
                continue;
            }
            Article article = entry.article.get();
            Article sameId = byId.putIfAbsent(article.id(), article);
            Article samePermalink = sameId == null ? byPermalink.putIfAbsent(article.permalink(), article) : null;
            if (sameId != null || samePermalink != null) {
                Article kept = sameId != null ? sameId : samePermalink;
                String what = sameId != null ? "id '" + article.id() + "'" : "permalink " + article.permalink();
                problems.add(new ContentException(entry.path, 1, "has the same " + what + " as " + kept.path()
                        + ", which is kept; expected every article to have its own (set 'slug' or 'id')"));
                continue;
            }
            Article.Window window = article.window();
            if (window.from().isAfter(now) && !site.conventions().future()) {
                next = window.from().isBefore(next) ? window.from() : next;
            } else if (window.until().isAfter(now)) {
                published.add(article);
                next = window.until().isBefore(next) ? window.until() : next;  // it leaves the feeds then
            }
        }
        problems.sort(Comparator.comparing(ContentException::path).thenComparingInt(ContentException::line));
        return new Catalog(version, now, published, problems, next);
    }

    private void requireRoot() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "the collection folder is missing");
        }
        if (!Files.isReadable(root)) {
            throw new AccessDeniedException(root.toString(), null, "the collection folder cannot be read");
        }
    }

    /** Where the text of every article it knows is stored (a broken file's last good one included). */
    List<BodyStore.Slot> slots() {
        return entries.values().stream().flatMap(entry -> entry.article.stream()).map(CatalogLoader::slot).toList();
    }

    /**
     * Compacts the body store if it has grown large, keeping what the catalog being built and {@code before} (the one
     * being replaced, which renders may still be reading; null at the first load) use.
     */
    void compactStore(Catalog before) {
        store.compactIfLarge(() -> {
            var live = new ArrayList<>(slots());
            if (before != null) {
                before.articles().forEach(article -> live.add(slot(article)));
            }
            return live;
        });
    }

    private static BodyStore.Slot slot(Article article) {
        return new BodyStore.Slot(article.source().offset(), article.source().length());
    }

    /** Whether anything a build uses changed since the last one. */
    boolean changed() {
        return changed;
    }

    private void put(Entry entry) {
        Entry previous = entries.get(entry.path);
        if (entry.problem.isPresent() && entry.article.isEmpty() && previous != null && previous.article.isPresent()) {
            // keep serving the last good version until the file is fixed
            entry = new Entry(entry.path, entry.stamp, entry.size, entry.crc, entry.problem, previous.article);
        }
        Entry replaced = entries.put(entry.path, entry);
        changed |= replaced == null || !replaced.article.equals(entry.article)
                || !replaced.problem.map(Throwable::getMessage).equals(entry.problem.map(Throwable::getMessage));
    }

    private Entry parse(Found found) {
        String path = found.path;
        Stamp stamp = found.stamp;
        if (found.problem.isPresent()) {
            return Entry.broken(path, stamp, found.problem.get());
        }
        try {
            if (stamp.size > site.maxFileBytes()) {
                return Entry.broken(path, stamp, tooLarge(path, stamp.size));
            }
            byte[] bytes = Files.readAllBytes(found.file);
            if (bytes.length > site.maxFileBytes()) {  // it grew after the scan
                return Entry.broken(path, stamp, tooLarge(path, bytes.length));
            }
            long crc = Article.Source.checksum(bytes);
            Entry previous = entries.get(path);
            if (previous != null && previous.crc == crc && previous.size == bytes.length) {
                return new Entry(path, stamp, bytes.length, crc, previous.problem, previous.article);
            }
            Optional<Article> article = kept.take(path, bytes, crc, store);
            return new Entry(path, stamp, bytes.length, crc, Optional.empty(),
                    article.isPresent() ? article : parser.parse(path, bytes, crc));
        } catch (ContentException e) {
            return Entry.broken(path, stamp, e);
        } catch (AccessDeniedException e) {
            return Entry.broken(path, stamp, new ContentException(path, 1,
                    "cannot be read (permission denied); expected a readable file"));
        } catch (NoSuchFileException e) {
            return Entry.broken(path, stamp, new ContentException(path, 1, "was deleted while it was being read"));
        } catch (IOException e) {
            return Entry.broken(path, stamp, new ContentException(path, 1, "cannot be read: " + e.getMessage()));
        }
    }

    private ContentException tooLarge(String path, long size) {
        return new ContentException(path, 1, String.format(Locale.ROOT, "the file is %,d bytes, over the limit of "
                + "%,d bytes (max_file_size); expected a smaller article", size, site.maxFileBytes()));
    }

    private void walk(Path start, Map<String, Found> found) throws IOException {
        Path realRoot = root.toRealPath();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(start) && (isIgnoredName(name, true)
                        || (jekyll && dir.getParent().equals(root) && name.equals("_site")));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (jekyll && !relative(file).contains("_posts/")) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    symlink(file, relative(file), realRoot, found);
                } else if (attrs.isRegularFile() && isArticleName(name)) {
                    String path = relative(file);
                    found.put(path, Found.file(path, file, Stamp.of(attrs)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof NoSuchFileException)) {  // deleted mid-scan: simply gone
                    String path = relative(file);
                    found.put(path, Found.broken(path, new ContentException(path, 1, "cannot be read ("
                            + e.getClass().getSimpleName() + "); expected a readable file or folder")));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * A symbolic link named like an article is read if it points at a file inside the collection. Links to folders are
     * never followed: what they point at inside the collection is walked anyway (which also rules out loops), and what
     * they point at outside it is reported, as is a link to a file outside.
     */
    private void symlink(Path link, String path, Path realRoot, Map<String, Found> found) {
        String name = link.getFileName().toString();
        boolean article = isArticleName(name);
        if (isIgnoredName(name, false)) {
            return;
        }
        try {
            Path target = link.toRealPath();
            boolean folder = Files.isDirectory(target);
            if (!target.startsWith(realRoot) && (article || folder)) {
                found.put(path, Found.broken(path, new ContentException(path, 1, "is a symbolic link to a "
                        + (folder ? "folder" : "file") + " outside the collection, which is not followed; expected "
                        + (folder ? "a folder" : "a file") + " inside it")));
            } else if (article && Files.isRegularFile(target)) {
                found.put(path, Found.file(path, target, Stamp.of(Files.readAttributes(target,
                        BasicFileAttributes.class))));
            }
        } catch (IOException e) {
            if (article) {
                found.put(path, Found.broken(path, new ContentException(path, 1,
                        "is a symbolic link that cannot be followed (a loop, or a missing target); expected a file")));
            }
        }
    }

    private String relative(Path file) {
        String relative = root.relativize(file).toString();
        return root.getFileSystem().getSeparator().equals("/") ? relative : relative.replace('\\', '/');
    }

    /** Hidden names, editor leftovers, Jekyll's drafts folder, Hugo's section list pages in any language. */
    static boolean isIgnoredName(String name, boolean directory) {
        return name.startsWith(".") || (directory && name.equals("_drafts"))
                || (!directory && (name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swo")
                || (name.startsWith("#") && name.endsWith("#")) || name.startsWith("_index.")));
    }

    private static boolean isIgnored(String relative) {
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (isIgnoredName(parts[i], i < parts.length - 1)) {
                return true;
            }
        }
        return false;
    }

    static boolean isArticleName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !isIgnoredName(name, false)
                && (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".html"));
    }

    /** What a scan saw of a file, before reading it; a problem when the scan itself could not use it. */
    private record Found(String path, Path file, Stamp stamp, Optional<ContentException> problem) {
        static Found file(String path, Path file, Stamp stamp) {
            return new Found(path, file, stamp, Optional.empty());
        }

        static Found broken(String path, ContentException problem) {
            return new Found(path, Path.of(path), Stamp.UNKNOWN, Optional.of(problem));
        }
    }

    /** Enough to tell a changed file from an unchanged one without reading it. */
    private record Stamp(long size, Instant modified) {
        static final Stamp UNKNOWN = new Stamp(-1, Instant.EPOCH);

        static Stamp of(BasicFileAttributes attrs) {
            return new Stamp(attrs.size(), attrs.lastModifiedTime().toInstant());
        }
    }

    /**
     * One file's state: what was read ({@code size} and {@code crc}, to tell an edit from a touch), the article to
     * serve (if any: none for a draft, the last good one for a file that turned bad) and its current problem (if any).
     */
    private record Entry(String path, Stamp stamp, long size, long crc, Optional<ContentException> problem,
                         Optional<Article> article) {
        static Entry broken(String path, Stamp stamp, ContentException problem) {
            return new Entry(path, stamp, -1, 0, Optional.of(problem), Optional.empty());
        }
    }
}
