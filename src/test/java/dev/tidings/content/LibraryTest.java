package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LibraryTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);  // not a speed limit: a busy machine is slow

    @TempDir
    Path root;
    private Folder folder;
    private final MutableClock clock = new MutableClock(NOW);
    private TestCollection collection;
    private Library library;

    @BeforeEach
    void folder() {
        folder = new Folder(root);
    }

    @AfterEach
    void close() {
        if (collection != null) {
            collection.close();
        }
    }

    private Catalog load() {
        return load(Articles.SITE);
    }

    private Catalog load(Site site) {
        collection = TestCollection.open(root, site, clock, true);
        library = collection.library();
        return library.current();
    }

    private static List<String> titles(Catalog catalog) {
        return catalog.articles().stream().map(Article::title).toList();
    }

    private static List<String> messages(Catalog catalog) {
        return catalog.problems().stream().map(Throwable::getMessage).toList();
    }

    @Test
    void loadsArticlesAnywhereBelowTheRootNewestFirst() {
        folder.article("a.md", "Oldest", "2024-01-01");
        folder.article("posts/deep/nested/b.markdown", "Middle", "2024-02-01");
        folder.write("pages/c.html", "---\ntitle: Newest\ndate: 2024-03-01\n---\n<p>Hi</p>\n");
        Catalog catalog = load();
        assertThat(titles(catalog)).containsExactly("Newest", "Middle", "Oldest");
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.version()).isEqualTo(1);
    }

    @Test
    void skipsHiddenFilesEditorLeftoversDraftFoldersAndOtherFiles() {
        folder.article("kept.md", "Kept", "2024-01-01");
        folder.article(".git/objects/x.md", "Git", "2024-01-01");
        folder.article(".hidden.md", "Hidden", "2024-01-01");
        folder.write(".DS_Store", "\0\0binary");
        folder.article("kept.md~", "Backup", "2024-01-01");
        folder.article(".kept.md.swp", "Swap", "2024-01-01");
        folder.article("#kept.md#", "Emacs", "2024-01-01");
        folder.article("_drafts/idea.md", "Jekyll draft", "2024-01-01");
        folder.write("posts/_index.md", "---\ntitle: Hugo section list\n---\n");
        folder.write("posts/image.png", "not an article");
        folder.write("notes.txt", "not an article");
        Catalog catalog = load();
        assertThat(titles(catalog)).containsExactly("Kept");
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void leavesDraftsOutAndPublishesFutureArticlesWhenTheirTimeComes() {
        folder.article("now.md", "Now", "2025-12-31T12:00:00Z");
        folder.write("draft.md", "---\ntitle: Draft\ndate: 2025-01-01\ndraft: true\n---\n");
        folder.article("soon.md", "Soon", "2026-01-01T00:00:05Z");
        folder.article("later.md", "Later", "2026-01-01T01:00:00Z");
        Catalog catalog = load();
        assertThat(titles(catalog)).containsExactly("Now");
        assertThat(library.current()).isSameAs(catalog);

        clock.advance(Duration.ofSeconds(5));  // no file changes: only the clock moves
        assertThat(library.current()).as("published by the scheduler, not by a read").isSameAs(catalog);
        Catalog published = library.publishDue();  // what the scheduler calls when the time comes
        assertThat(library.current()).isSameAs(published);
        assertThat(titles(published)).containsExactly("Soon", "Now");
        assertThat(published.version()).isGreaterThan(catalog.version());

        clock.advance(Duration.ofHours(1));
        library.publishDue();
        assertThat(titles(library.current())).containsExactly("Later", "Soon", "Now");
    }

    @Test
    void followsHugosPublishAndExpiryDatesAndLeavesUnlistedPagesOut() {
        folder.write("expiring.md", "---\ntitle: Expiring\ndate: 2025-06-01\nexpiryDate: 2026-01-01T00:00:05Z\n---\n");
        folder.write("expired.md", "---\ntitle: Expired\ndate: 2025-06-01\nexpirydate: 2025-12-01\n---\n");
        folder.write("embargo.md", "---\ntitle: Embargo\ndate: 2025-06-01\npublishDate: 2026-01-01T01:00:00Z\n---\n");
        folder.write("hidden.md", "---\ntitle: Hidden\ndate: 2025-06-01\nhidden: true\n---\n");
        folder.write("unlisted.md", "---\ntitle: Unlisted\ndate: 2025-06-01\n_build:\n  list: never\n---\n");
        folder.write("post/x/index.en.md", "---\ntitle: Translated\ndate: 2025-05-01\n---\n");
        folder.write("post/_index.en.md", "---\ntitle: Section list\n---\n");
        Catalog catalog = load();
        assertThat(titles(catalog)).containsExactly("Expiring", "Translated");
        assertThat(catalog.problems()).isEmpty();
        Article translated = catalog.articles().get(1);
        assertThat(translated.slug()).isEqualTo("x");
        assertThat(translated.lang()).isEqualTo("en");

        clock.advance(Duration.ofSeconds(5));  // the expiry is the next change, as a publish time is
        assertThat(titles(library.publishDue())).containsExactly("Translated");
        clock.advance(Duration.ofHours(1));
        assertThat(titles(library.publishDue())).containsExactly("Embargo", "Translated");  // sorted by its date
    }

    @Test
    void aScheduledArticleGoesLiveByItselfAndTellsTheListeners() {
        folder.article("now.md", "Now", "2024-01-01T00:00:00Z");
        folder.article("soon.md", "Soon", Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).toString());
        collection = TestCollection.open(root, Articles.SITE);
        library = collection.library();
        var announced = new CopyOnWriteArrayList<String>();
        library.onChange((before, after) -> announced.add(titles(before) + " -> " + titles(after)));
        assertThat(titles(library.current())).containsExactly("Now");
        await().atMost(HANG_GUARD).until(() -> titles(library.current()).equals(List.of("Soon", "Now")));
        await().atMost(HANG_GUARD).until(() -> !announced.isEmpty());  // listeners hear of it after the swap
        assertThat(announced).containsExactly("[Now] -> [Soon, Now]");
    }

    @Test
    void keepsEveryGoodFileAndReportsEveryBadOneWithItsLine() {
        folder.article("good/one.md", "One", "2024-01-01");
        folder.write("bad/no-title.md", "---\ndate: 2024-01-01\n---\n");
        folder.write("bad/yesterday.md", "---\ntitle: Y\ndate: yesterday\n---\n");
        folder.write("bad/unclosed.md", "---\ntitle: U\ndate: 2024-01-01\n");
        folder.write("bad/empty.md", "");
        folder.writeBytes("bad/nul.md", "---\ntitle: N\0\n---\n".getBytes());
        folder.write("bad/slug.md", "---\ntitle: S\ndate: 2024-01-01\nslug: a/b\n---\n");
        folder.article("good/two.md", "Two", "2024-01-02");
        Catalog catalog = load();
        assertThat(titles(catalog)).containsExactly("Two", "One");
        assertThat(messages(catalog)).containsExactly(
                "bad/empty.md:1: the file is empty; expected front matter between '---' lines with at least 'title' "
                        + "and 'date', then the article",
                "bad/no-title.md:1: 'title' is required; expected a line like 'title: Hello, world' in the front matter",
                "bad/nul.md:2: NUL byte at byte offset 12; expected UTF-8 text (is this a binary file?)",
                "bad/slug.md:4: 'slug' must be one URL path segment of " + Permalinks.SLUG_RULE + ", but was 'a/b'",
                "bad/unclosed.md:1: the front matter opened with '---' on line 1 is never closed; expected a line '---' "
                        + "after the fields",
                "bad/yesterday.md:3: 'date' must be an ISO 8601 date like 2024-05-01 or date-time like "
                        + "2024-05-01T09:30:00+08:00, but was 'yesterday'");
    }

    @Test
    void reportsFilesOverTheSizeLimitWithoutReadingThem() {
        folder.write("big.md", "---\ntitle: Big\ndate: 2024-01-01\n---\n" + "x".repeat(2_000));
        Catalog catalog = load(Articles.SITE.withMaxFileBytes(1_000));
        assertThat(messages(catalog)).containsExactly("big.md:1: the file is 2,036 bytes, over the limit of 1,000 bytes "
                + "(max_file_size); expected a smaller article");
    }

    @Test
    void reportsBothPathsOfADuplicateIdAndKeepsTheOneThatSortsFirst() {
        folder.write("b.md", "---\ntitle: B\ndate: 2024-01-01\nid: urn:x:same\n---\n");
        folder.write("a.md", "---\ntitle: A\ndate: 2024-01-02\nid: urn:x:same\n---\n");
        folder.write("x/hello.md", "---\ntitle: X\ndate: 2024-01-03\n---\n");
        folder.write("y/hello.md", "---\ntitle: Y\ndate: 2024-01-04\n---\n");
        Catalog catalog = load();
        assertThat(titles(catalog)).containsExactly("X", "A");
        assertThat(messages(catalog)).containsExactly(
                "b.md:1: has the same id 'urn:x:same' as a.md, which is kept; expected every article to have its own "
                        + "(set 'slug' or 'id')",
                "y/hello.md:1: has the same permalink https://example.org/blog/posts/hello/ as x/hello.md, which is "
                        + "kept; expected every article to have its own (set 'slug' or 'id')");
    }

    @Test
    void neverFollowsSymlinksOutOfTheRootOrRoundALoop(@TempDir Path outside) throws IOException {
        folder.article("real/a.md", "A", "2024-01-01");
        new Folder(outside).article("secret.md", "Secret", "2024-01-01");
        Files.createSymbolicLink(root.resolve("escape.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(root.resolve("escape-dir"), outside);
        Files.createSymbolicLink(root.resolve("loop"), root);
        Files.createSymbolicLink(root.resolve("real/up"), root.resolve("real"));
        Files.createSymbolicLink(root.resolve("ping.md"), root.resolve("pong.md"));
        Files.createSymbolicLink(root.resolve("pong.md"), root.resolve("ping.md"));
        Files.createSymbolicLink(root.resolve("alias.md"), root.resolve("real/a.md"));
        Catalog catalog = load();
        assertThat(catalog.articles()).extracting(Article::path).containsExactlyInAnyOrder("alias.md", "real/a.md");
        assertThat(messages(catalog)).containsExactly(
                "escape-dir:1: is a symbolic link to a folder outside the collection, which is not followed; "
                        + "expected a folder inside it",
                "escape.md:1: is a symbolic link to a file outside the collection, which is not followed; expected a "
                        + "file inside it",
                "ping.md:1: is a symbolic link that cannot be followed (a loop, or a missing target); expected a file",
                "pong.md:1: is a symbolic link that cannot be followed (a loop, or a missing target); expected a file");
    }

    @Test
    void reportsUnreadableFiles() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root can read any file").isNotEqualTo("root");
        Path file = folder.article("locked.md", "Locked", "2024-01-01");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assertThat(messages(load())).containsExactly(
                "locked.md:1: cannot be read (permission denied); expected a readable file");
    }

    @Test
    void reloadSeesEditsAdditionsDeletionsAndBreakage() throws IOException {
        folder.article("a.md", "A", "2024-01-01");
        folder.article("b.md", "B", "2024-01-02");
        Catalog v1 = load();
        String bodyBefore = collection.body(v1.articles().get(1)).html();

        assertThat(library.reload()).as("nothing changed").isSameAs(v1);

        folder.article("a.md", "A edited", "2024-01-01");
        Catalog v2 = library.reload();
        assertThat(titles(v2)).containsExactly("B", "A edited");
        assertThat(v2.version()).isEqualTo(v1.version() + 1);

        folder.article("c.md", "C", "2024-01-03");
        Catalog v3 = library.reload();
        assertThat(titles(v3)).containsExactly("C", "B", "A edited");

        folder.delete("b.md");
        Catalog v4 = library.reload();
        assertThat(titles(v4)).containsExactly("C", "A edited");

        Article goodC = v4.articles().get(0);
        folder.write("c.md", "---\ntitle: C broken\ndate: next week\n---\nNew body.\n");
        Catalog v5 = library.reload();
        assertThat(titles(v5)).as("the last good version stays").containsExactly("C", "A edited");
        assertThat(v5.articles().get(0)).isEqualTo(goodC);
        assertThat(collection.body(v5.articles().get(0)).html()).isEqualTo("<p>Body of C.</p>");
        assertThat(messages(v5)).containsExactly("c.md:3: 'date' must be an ISO 8601 date like 2024-05-01 or date-time "
                + "like 2024-05-01T09:30:00+08:00, but was 'next week'");

        folder.article("c.md", "C fixed", "2024-01-03");
        Catalog v6 = library.reload();
        assertThat(titles(v6)).containsExactly("C fixed", "A edited");
        assertThat(v6.problems()).isEmpty();
        assertThat(bodyBefore).isEqualTo("<p>Body of A.</p>");
        assertThat(collection.body(v6.articles().get(1)).html()).isEqualTo("<p>Body of A edited.</p>");
    }

    @Test
    void editsDoNotGrowTheBodyStoreForEver() {
        String filler = "\n\n" + "填充文字。".repeat(400);  // 6,000 bytes
        folder.write("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nVersion 0." + filler);
        folder.write("b.md", "---\ntitle: B\ndate: 2024-01-02\n---\nB 0." + filler);
        collection = TestCollection.open(root, Articles.SITE, clock, true, BodyStore.open(20_000));
        library = collection.library();
        for (int i = 1; i <= 100; i++) {
            folder.write("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nVersion " + i + "." + filler);
            library.reload();
        }
        assertThat(collection.store().size()).as("100 edits of 6 kB, kept near what is live (2 × 12 kB + 20 kB)")
                .isLessThan(60_000);
        Catalog catalog = library.current();
        assertThat(collection.body(catalog.articles().get(1)).html()).startsWith("<p>Version 100.</p>");

        folder.write("a.md", "---\ntitle: A\ndate: someday\n---\nBroken.\n");
        for (int i = 1; i <= 50; i++) {
            folder.write("b.md", "---\ntitle: B\ndate: 2024-01-02\n---\nB " + i + "." + filler);
            catalog = library.reload();
        }
        assertThat(collection.store().size()).isLessThan(60_000);
        assertThat(messages(catalog)).hasSize(1);
        assertThat(collection.body(catalog.articles().get(1)).html()).as("a broken file's last good body survives")
                .startsWith("<p>Version 100.</p>");
        assertThat(collection.body(catalog.articles().get(0)).html()).startsWith("<p>B 50.</p>");
    }

    @Test
    void aTouchedButUnchangedFileKeepsTheVersion() throws IOException {
        Path file = folder.article("a.md", "A", "2024-01-01");
        Catalog v1 = load();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(library.reload()).isSameAs(v1);
        assertThat(library.update(Set.of(file))).isSameAs(v1);
    }

    @Test
    void updateReReadsOnlyTheGivenPaths() {
        folder.article("a.md", "A", "2024-01-01");
        folder.article("dir/b.md", "B", "2024-01-02");
        load();
        folder.article("a.md", "A edited", "2024-01-01");
        folder.article("new/c.md", "C", "2024-01-03");
        folder.delete("dir/b.md");
        Catalog catalog = library.update(List.of(root.resolve("new"), root.resolve("dir/b.md")));
        assertThat(titles(catalog)).as("a.md was not named, so it is not re-read").containsExactly("C", "A");
        assertThat(titles(library.update(List.of(root.resolve("a.md"))))).containsExactly("C", "A edited");
    }

    @Test
    void indexesByCategoryTagAndAuthorIgnoringCase() {
        folder.write("a.md", "---\ntitle: A\ndate: 2024-01-01\ncategories: [机器学习]\ntags: [Python, C++]\n"
                + "author: Jane\n---\n");
        folder.write("b.md", "---\ntitle: B\ndate: 2024-01-02\ncategories: [机器学习, Math]\ntags: [python]\n"
                + "authors: [Jane, Li Lei]\n---\n");
        Catalog catalog = load();
        assertThat(catalog.articles(Taxonomy.TAG, "PYTHON")).extracting(Article::title).containsExactly("B", "A");
        assertThat(catalog.articles(Taxonomy.TAG, "c++")).extracting(Article::title).containsExactly("A");
        assertThat(catalog.articles(Taxonomy.CATEGORY, "机器学习")).extracting(Article::title).containsExactly("B", "A");
        assertThat(catalog.articles(Taxonomy.AUTHOR, "li lei")).extracting(Article::title).containsExactly("B");
        assertThat(catalog.articles(Taxonomy.TAG, "nothing")).isEmpty();
        assertThat(catalog.terms(Taxonomy.TAG)).containsExactly(new Catalog.Term("C++", 1), new Catalog.Term("Python", 2));
        assertThat(catalog.terms(Taxonomy.CATEGORY)).containsExactly(new Catalog.Term("Math", 1), new Catalog.Term("机器学习", 2));
        assertThat(catalog.terms(Taxonomy.AUTHOR)).containsExactly(new Catalog.Term("Jane", 2), new Catalog.Term("Li Lei", 1));
    }

    @Test
    void articlesWithoutAuthorGetTheSiteAuthor() {
        folder.article("a.md", "A", "2024-01-01");
        Site site = new Site("T", "", Articles.SITE.baseUrl(), "zh-CN", List.of(Author.parse("Site Owner <o@x.org>")),
                Articles.SHANGHAI, "example.org", "/posts/{slug}/", 20, "", "", 1 << 20, 1 << 20);
        Article article = load(site).articles().get(0);
        assertThat(article.authors()).containsExactly(new Author("Site Owner", "o@x.org", ""));
        assertThat(article.lang()).isEqualTo("zh-CN");
    }

    @Test
    void watchesTheFolderAndAppliesChangesByItself() {
        folder.article("a.md", "A", "2024-01-01");
        load();
        library.watch(Duration.ofMillis(50));

        folder.article("b.md", "B", "2024-01-02");
        await().atMost(HANG_GUARD).until(() -> titles(library.current()).equals(List.of("B", "A")));

        folder.article("sub/dir/c.md", "C", "2024-01-03");  // a new folder, then a file in it
        await().atMost(HANG_GUARD).until(() -> titles(library.current()).equals(List.of("C", "B", "A")));

        folder.article("a.md", "A edited", "2024-01-01");
        folder.delete("b.md");
        await().atMost(HANG_GUARD)
                .until(() -> titles(library.current()).equals(List.of("C", "A edited")));

        folder.write("sub/dir/c.md", "---\ntitle: [broken\n---\n");
        await().atMost(HANG_GUARD).until(() -> library.current().problems().size() == 1);
        assertThat(titles(library.current())).containsExactly("C", "A edited");
    }
}
