package dev.tidings;

import static dev.tidings.Settings.ACCESS_LOG;
import static dev.tidings.Settings.ARCHIVE_SIZE;
import static dev.tidings.Settings.BASE_URL;
import static dev.tidings.Settings.BODY_CACHE;
import static dev.tidings.Settings.COPYRIGHT;
import static dev.tidings.Settings.FEEDS_URL;
import static dev.tidings.Settings.FEED_CACHE;
import static dev.tidings.Settings.FEED_CONTENT;
import static dev.tidings.Settings.FEED_SIZE;
import static dev.tidings.Settings.HOST;
import static dev.tidings.Settings.HUB;
import static dev.tidings.Settings.ICON;
import static dev.tidings.Settings.IDS;
import static dev.tidings.Settings.ID_AUTHORITY;
import static dev.tidings.Settings.LANGUAGE;
import static dev.tidings.Settings.LOGO;
import static dev.tidings.Settings.MATH;
import static dev.tidings.Settings.MATH_SYNTAX;
import static dev.tidings.Settings.MAX_AGE;
import static dev.tidings.Settings.MAX_FEED_SIZE;
import static dev.tidings.Settings.MAX_FILE_SIZE;
import static dev.tidings.Settings.MAX_LIMIT;
import static dev.tidings.Settings.PERMALINK;
import static dev.tidings.Settings.PORT;
import static dev.tidings.Settings.STATE_DIR;
import static dev.tidings.Settings.SUBTITLE;
import static dev.tidings.Settings.TIME_ZONE;
import static dev.tidings.Settings.TITLE;

import dev.tidings.content.Addressing;
import dev.tidings.content.Conventions;
import dev.tidings.content.Fields;
import dev.tidings.content.Generator;
import dev.tidings.content.Site;
import dev.tidings.content.SiteConfig;
import dev.tidings.content.ThemeMath;
import dev.tidings.feed.FeedOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a run needs, validated. Each setting ({@link Settings}) comes from the first of: a command-line flag, a
 * {@code TIDINGS_*} environment variable, {@code tidings.yml} in the collection folder, the configuration of the Hugo,
 * Jekyll or Hexo site the folder is (or is in), the default. A bad value is reported with where it came from:
 * {@code TIDINGS_PORT must be a whole number from 0 to 65535, but was 'http'}.
 *
 * @param content  the collection folder (the bundled sample when none is given); a site's posts folder when the folder
 *                 given is a site's root
 * @param stateDir where what is worth keeping across restarts (rendered formulas, the search index) is kept; empty to keep nothing
 * @param fromSite what was taken from a site generator's configuration, for serve and check to say once
 */
public record Config(Path content, String host, int port, Site site, FeedOptions feeds, boolean accessLog,
                     Optional<Path> stateDir, FromSite fromSite) {
    private static final Logger log = LoggerFactory.getLogger(Config.class);
    static final String FILE_NAME = "tidings.yml";

    /**
     * Reads the settings declared in {@link Settings}.
     *
     * @param flags   values given on the command line, by setting key, plus {@code content} and {@code config}
     * @param env     the environment ({@code System.getenv()} in production)
     */
    public static Config load(Map<String, String> flags, Map<String, String> env) {
        Path content = Optional.ofNullable(flags.get("content")).or(() -> Optional.ofNullable(env.get("TIDINGS_CONTENT")))
                .map(Path::of).orElseGet(Config::bundledSample);
        if (!Files.isDirectory(content)) {
            throw new IllegalArgumentException("The collection folder " + content + " does not exist or is not a folder");
        }
        Path file = Optional.ofNullable(flags.get("config")).or(() -> Optional.ofNullable(env.get("TIDINGS_CONFIG")))
                .map(Path::of).orElse(content.resolve(FILE_NAME));
        Optional<SiteConfig> generated = SiteConfig.find(content);
        var values = new SettingValues(flags, env, readYml(file),
                generated.map(SiteConfig::settings).orElse(Map.of()));
        values.unknownKeys().forEach(log::warn);
        Path given = content;
        content = generated.filter(found -> found.root().equals(given.toAbsolutePath().normalize()))
                .map(SiteConfig::posts).orElse(content);

        int port = values.get(PORT);
        URI baseUrl = values.given(BASE_URL).orElse(URI.create("http://localhost:" + (port == 0 ? 8080 : port) + "/"));
        ZoneId zone = values.get(TIME_ZONE);
        String language = values.get(LANGUAGE);
        String permalink = values.get(PERMALINK);
        Path collection = content.toAbsolutePath().normalize();
        Conventions read = generated.map(found -> found.posts().equals(collection)
                || !collection.startsWith(found.posts()) ? found.conventions()
                : found.conventions().below(found.posts().relativize(collection).toString().replace('\\', '/')))
                .orElse(Conventions.none());
        Conventions conventions = values.given(MATH_SYNTAX).map(name -> read.with(read.math().named(name))).orElse(read);
        boolean generator = conventions.generator().rulesKnown();
        var addressing = new Addressing(generator && values.given(PERMALINK).isEmpty(), values.given(IDS)
                .orElse(generator && values.given(ID_AUTHORITY).isEmpty()));
        String authority = values.given(ID_AUTHORITY).orElseGet(() -> {
            if (!addressing.feedIds()) {
                log.warn("id_authority is not set, so minted ids use the base URL's host '{}': set id_authority in {} "
                        + "before publishing, so that ids survive a change of domain", baseUrl.getHost(), FILE_NAME);
            }
            return baseUrl.getHost();
        });
        int feedSize = values.get(FEED_SIZE);
        Site site = new Site(values.get(TITLE), values.get(SUBTITLE), baseUrl, language, values.authors(), zone,
                authority, permalink, feedSize, resolve(baseUrl, values.get(ICON)), resolve(baseUrl, values.get(LOGO)),
                values.get(MAX_FILE_SIZE), values.given(BODY_CACHE).orElse(tenthOfHeap()), values.get(COPYRIGHT),
                conventions, addressing, values.tex(generated.map(ThemeMath::find).orElse(ThemeMath.NONE)));
        URI feedsUrl = values.given(FEEDS_URL).orElse(baseUrl);
        Duration maxAge = values.get(MAX_AGE);
        int maxLimit = values.get(MAX_LIMIT.narrowed("a whole number from " + feedSize + " (feed_size) to 10000",
                n -> n >= feedSize));
        int archiveSize = values.get(ARCHIVE_SIZE);
        String hub = values.get(HUB);
        long feedCache = values.given(FEED_CACHE).orElse(tenthOfHeap());
        var feeds = new FeedOptions(feedsUrl, maxAge, maxLimit, feedCache, values.get(MAX_FEED_SIZE), archiveSize, hub,
                values.get(MATH), values.get(FEED_CONTENT));
        boolean accessLog = values.get(ACCESS_LOG);
        Optional<Path> stateDir = values.given(STATE_DIR).orElseGet(() -> Optional.of(userCacheFolder(env)));
        var fromSite = generated.map(found -> FromSite.of(found, values.fromSite(), values.siteWarnings()))
                .orElse(FromSite.NONE);
        return new Config(content, values.get(HOST), port, site, feeds, accessLog, stateDir, fromSite);
    }

    /**
     * {@code tidings} in the user's cache folder: {@code $XDG_CACHE_HOME}, else {@code ~/Library/Caches} on macOS,
     * {@code %LOCALAPPDATA%} on Windows, {@code ~/.cache} elsewhere.
     */
    static Path userCacheFolder(Map<String, String> env) {
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path base;
        if (env.getOrDefault("XDG_CACHE_HOME", "").startsWith("/")) {
            base = Path.of(env.get("XDG_CACHE_HOME"));
        } else if (os.startsWith("mac")) {
            base = Path.of(home, "Library", "Caches");
        } else if (os.startsWith("windows") && env.containsKey("LOCALAPPDATA")) {
            base = Path.of(env.get("LOCALAPPDATA"));
        } else {
            base = Path.of(home, ".cache");
        }
        return base.resolve("tidings");
    }

    /** The sample blog inside the jar (or in target/classes when run from the build). */
    static Path bundledSample() {
        URL marker = Config.class.getResource("/sample-blog/" + FILE_NAME);
        if (marker == null) {
            throw new IllegalStateException("The bundled sample blog is missing from the class path");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    return FileSystems.getFileSystem(uri).provider().getPath(uri).getParent();
                } catch (FileSystemNotFoundException e) {
                    return FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri).getParent();
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot open the bundled sample blog at " + marker, e);
        }
    }

    private static Fields readYml(Path file) {
        if (!Files.isRegularFile(file)) {
            return Fields.empty(FILE_NAME);
        }
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return Fields.yamlFile(file.getFileName().toString(), text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** An icon or logo as given (empty, a path or an http(s) URL), made absolute. */
    private static String resolve(URI baseUrl, String reference) {
        return reference.isEmpty() ? "" : baseUrl.resolve(reference).toString();
    }

    /** The default for each cache: small heaps (-Xmx512m with 100,000 articles) need room for the catalog. */
    private static long tenthOfHeap() {
        return Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 10);
    }
}
