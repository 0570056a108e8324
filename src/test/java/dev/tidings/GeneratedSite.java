package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.xml.sax.InputSource;

/**
 * One of our fixture sites ({@code src/test/resources/generator-sites/NAME}), copied to a temporary folder and built by
 * the generator it is written for — Debian's {@code hugo} and {@code jekyll} (with {@code ruby-jekyll-feed}), Hexo
 * from npm in {@code ~/.cache/tidings-tests/hexo/} (see .ci/run) — so that tests can compare Tidings with what the
 * generator itself publishes. Without a generator the test is skipped, unless {@code CI=true}.
 *
 * @param source the site's files (its root)
 * @param out    what the generator wrote
 * @param base   the site's base URL, as its configuration says
 */
record GeneratedSite(String name, Path source, Path out, String base, String feedFile) {

    /** Copies the fixture {@code name} (its name starts with hugo-, jekyll- or hexo-) into {@code temp} and builds it. */
    static GeneratedSite build(String name, String base, Path temp) {
        Path source = temp.resolve(name);
        Path out = temp.resolve(name + "-out");
        copy(fixture(name), source);
        String generator = name.substring(0, name.indexOf('-'));
        switch (generator) {
            case "hugo" -> run(source, List.of(tool("hugo", "version"), "--quiet", "-s", ".", "-d", out.toString()));
            case "jekyll" -> run(source, List.of(tool("jekyll", "--version"), "build", "--quiet", "-s", ".", "-d",
                    out.toString()));
            case "hexo" -> {
                Path modules = hexoModules();
                try {
                    Files.createSymbolicLink(source.resolve("node_modules"), modules);
                    run(source, List.of(modules.resolve(".bin/hexo").toString(), "generate", "--silent"));
                    Files.move(source.resolve("public"), out);
                    Files.delete(source.resolve("node_modules"));  // the link out of the temp folder: JUnit warns
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            default -> throw new IllegalArgumentException("no generator for fixture " + name);
        }
        String feed = switch (generator) {
            case "hugo" -> "index.xml";
            case "jekyll" -> "feed.xml";
            default -> Files.exists(out.resolve("atom.xml")) ? "atom.xml" : "rss2.xml";  // as its feed.type says
        };
        return new GeneratedSite(name, source, out, base, feed);
    }

    /** Whether the generator wrote the page or file at {@code url} (absolute, below the base URL). */
    boolean publishes(String url) {
        if (!url.startsWith(base)) {
            return false;
        }
        String path = URLDecoder.decode(url.substring(base.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        Path file = out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        return Files.isRegularFile(file);
    }

    /** An entry of the generator's own feed: its id (RSS: the guid), link, title and publication date. */
    record Published(String id, String link, String title, java.time.Instant published) {}

    /** The entries of the feed the generator wrote (Hugo's RSS, jekyll-feed's or hexo-generator-feed's Atom). */
    List<Published> feed() {
        try {
            WireFeed feed = new WireFeedInput(false, Locale.ROOT).build(new InputSource(Files.newInputStream(
                    out.resolve(feedFile))));
            var entries = new ArrayList<Published>();
            if (feed instanceof Feed atom) {
                for (Entry entry : atom.getEntries()) {
                    entries.add(new Published(entry.getId(), entry.getAlternateLinks().stream().map(Link::getHref)
                            .findFirst().orElse(""), entry.getTitle(), entry.getPublished().toInstant()));
                }
            } else {
                for (Item item : ((Channel) feed).getItems()) {
                    entries.add(new Published(item.getGuid().getValue(), item.getLink(), item.getTitle(),
                            item.getPubDate().toInstant()));
                }
            }
            return entries;
        } catch (Exception e) {
            throw new AssertionError("cannot read " + feedFile + " of " + name, e);
        }
    }

    static Path fixture(String name) {
        try {
            return Path.of(GeneratedSite.class.getResource("/generator-sites/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code command} if it runs ({@code probe} is an argument that only prints its version); else skipped. */
    private static String tool(String command, String probe) {
        try {
            Process process = new ProcessBuilder(command, probe).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0) {
                return command;
            }
        } catch (IOException e) {
            // not installed: below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return missing(command);
    }

    /** Hexo and its plugins, as .ci/run installs them. */
    private static Path hexoModules() {
        Path modules = Path.of(System.getProperty("user.home"), ".cache", "tidings-tests", "hexo", "node_modules");
        return Files.isExecutable(modules.resolve(".bin/hexo")) ? modules : Path.of(missing("hexo (from npm)"));
    }

    private static String missing(String what) {
        if ("true".equals(System.getenv("CI"))) {
            fail(what + " is missing, and CI=true requires it (.ci/run installs it)");
        }
        assumeTrue(false, what + " is not installed; skipping (CI=true would fail instead)");
        throw new AssertionError("unreachable");
    }

    private static void run(Path folder, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
            assertThat(process.exitValue()).as(String.join(" ", command) + " said:\n" + output).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The URL with its path decoded, for messages. */
    static String readable(String url) {
        return URLDecoder.decode(URI.create(url).toString(), StandardCharsets.UTF_8);
    }

    /** Runs Tidings' {@code args} (without a state folder) and returns what it printed; fails unless it exits 0. */
    static String tidings(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--state-dir", "none"));
        int code = Main.run(all.toArray(String[]::new), TestState.ENVIRONMENT, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as(String.join(" ", args) + ":\n" + out + err).isZero();
        return out.toString();
    }
}
