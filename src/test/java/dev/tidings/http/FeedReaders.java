package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Real readers and validators over feeds the tests downloaded: each asserts that every feed passes. */
final class FeedReaders {

    /** python3-feedparser: no bozo, every entry with id, title, link and a parsed date, as many entries as written. */
    static void feedparser(Path work, Map<Path, Integer> entries) throws IOException {
        String python = ExternalTools.pythonWithFeedparser();
        Path script = work.resolve("check_feedparser.py");
        Files.writeString(script, """
                import sys, feedparser
                bad = 0
                for path in sys.argv[1:]:
                    d = feedparser.parse(path)
                    problems = []
                    if d.bozo:
                        problems.append("bozo: %r" % (d.bozo_exception,))
                    if not d.entries:
                        problems.append("no entries")
                    for e in d.entries:
                        for field in ("id", "title", "link"):
                            if not e.get(field):
                                problems.append("an entry without %s" % field)
                        if not (e.get("published_parsed") or e.get("updated_parsed")):
                            problems.append("an entry without a parsed date")
                    print(("FAIL " if problems else "OK ") + path + " " + str(len(d.entries)) + " " + "; ".join(problems))
                    bad += bool(problems)
                sys.exit(1 if bad else 0)
                """);
        var command = new ArrayList<>(List.of(python, script.toString()));
        entries.keySet().forEach(p -> command.add(p.toString()));
        var result = ExternalTools.run(command, Map.of()).orElseThrow();
        assertThat(result.output()).doesNotContain("FAIL").contains("OK ");
        assertThat(result.code()).as(result.output()).isZero();
        entries.forEach((file, count) -> assertThat(result.output()).contains("OK " + file + " " + count + " "));
    }

    /** jing with RFC 4287's schema over Atom files. */
    static void jing(Path work, List<Path> atomFiles) throws IOException {
        String jing = ExternalTools.jing();
        Path schema = work.resolve("atom.rnc");
        try (InputStream in = FeedReaders.class.getResourceAsStream("/schema/atom.rnc")) {
            Files.write(schema, in.readAllBytes());
        }
        var command = new ArrayList<>(List.of(jing, "-c", schema.toString()));
        atomFiles.forEach(p -> command.add(p.toString()));
        var result = ExternalTools.run(command, Map.of()).orElseThrow();
        // Debian's wrapper may warn about optional jars; only errors about our files matter.
        assertThat(result.output().lines().filter(line -> !line.startsWith("[warning]"))).isEmpty();
        assertThat(result.code()).isZero();
    }

    /** newsboat fetching each URL into a cache of its own (it keeps an item once per guid across feeds). */
    static void newsboat(Path work, Map<String, Integer> items) throws IOException, InterruptedException,
            ExecutionException {
        String newsboat = ExternalTools.newsboat();
        String python = ExternalTools.pythonWithFeedparser();  // reads newsboat's sqlite cache
        Path config = work.resolve("newsboat.conf");
        Files.writeString(config, "download-retries 2\ndownload-timeout 60\n");  // a hang guard: busy machines are slow
        var pool = Executors.newFixedThreadPool(4);
        try {
            var checks = new ArrayList<Future<String>>();
            var urls = List.copyOf(items.keySet());
            for (int n = 0; n < urls.size(); n++) {
                String url = urls.get(n);
                Path home = Files.createDirectories(work.resolve("newsboat-" + n));
                checks.add(pool.submit(() -> {
                    Path list = Files.writeString(home.resolve("urls"), url + "\n");
                    Path cache = home.resolve("cache.db");
                    var reload = ExternalTools.run(List.of(newsboat, "-x", "reload", "-u", list.toString(), "-c",
                            cache.toString(), "-C", config.toString()), Map.of("LANG", "C.UTF-8", "HOME",
                            home.toString())).orElseThrow();
                    var count = ExternalTools.run(List.of(python, "-c", "import sqlite3, sys; print(sqlite3.connect("
                            + "sys.argv[1]).execute('select count(*) from rss_item').fetchone()[0])",
                            cache.toString()), Map.of()).orElseThrow();
                    return url + " exit " + reload.code() + " items " + count.output().strip();
                }));
            }
            for (int i = 0; i < checks.size(); i++) {
                assertThat(checks.get(i).get()).isEqualTo(urls.get(i) + " exit 0 items " + items.get(urls.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The newest entry of the feed at {@code url} as newsboat's own HTML renderer shows it: newsboat runs in a tmux
     * window, opens the feed and the entry, and its pager setting writes the rendered text to a file.
     */
    static String newsboatArticle(Path work, String url) throws IOException, InterruptedException {
        String newsboat = ExternalTools.newsboat();
        String tmux = ExternalTools.tmux();
        Path home = Files.createDirectories(work);
        Path shown = home.resolve("shown.txt");
        Path urls = Files.writeString(home.resolve("urls"), url + "\n");
        Path config = Files.writeString(home.resolve("config"), "download-retries 2\ndownload-timeout 60\n"
                + "pager \"cat %f > " + shown + "\"\n");
        var env = Map.of("LANG", "C.UTF-8", "HOME", home.toString(), "TERM", "xterm-256color");
        List<String> run = List.of(newsboat, "-u", urls.toString(), "-c", home.resolve("cache.db").toString(), "-C",
                config.toString());
        var reload = new ArrayList<>(run);
        reload.addAll(List.of("-x", "reload"));
        assertThat(ExternalTools.run(reload, env).orElseThrow().code()).isZero();
        String socket = "tidings-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        var session = new ArrayList<>(List.of(tmux, "-L", socket, "new-session", "-d", "-x", "400", "-y", "50"));
        session.add(String.join(" ", run.stream().map(arg -> "'" + arg + "'").toList()));
        try {
            assertThat(ExternalTools.run(session, env).orElseThrow().code()).isZero();
            for (int tries = 0; tries < 100 && !Files.exists(shown); tries++) {
                Thread.sleep(200);  // the feed list, then the entry list, then the entry: Enter at each
                ExternalTools.run(List.of(tmux, "-L", socket, "send-keys", "Enter"), env);
            }
            String text = "";
            for (int tries = 0; tries < 50 && !text.contains("\nLink: "); tries++) {
                Thread.sleep(100);  // the pager may still be writing
                text = Files.exists(shown) ? Files.readString(shown, StandardCharsets.UTF_8) : "";
            }
            assertThat(text).as("newsboat showed the entry").contains("\nLink: ");
            return text;
        } finally {
            ExternalTools.run(List.of(tmux, "-L", socket, "kill-server"), env);
        }
    }

    private FeedReaders() {}
}
