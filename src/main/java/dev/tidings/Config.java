package dev.tidings;

import dev.tidings.content.Author;
import dev.tidings.content.ContentException;
import dev.tidings.content.Fields;
import dev.tidings.content.Site;
import dev.tidings.feed.EntryContent;
import dev.tidings.feed.FeedOptions;
import dev.tidings.math.MathMode;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a run needs, validated. Each setting comes from the first of: a command-line flag, a {@code TIDINGS_*}
 * environment variable, {@code tidings.yml} in the collection folder, the default. A bad value is reported with where
 * it came from: {@code TIDINGS_PORT must be a whole number from 0 to 65535, but was 'http'}.
 *
 * @param content  the collection folder (the bundled sample when none is given)
 * @param stateDir where what is worth keeping across restarts (rendered formulas) is kept; empty to keep nothing
 */
public record Config(Path content, String host, int port, Site site, FeedOptions feeds, boolean accessLog,
                     Optional<Path> stateDir) {
    private static final Logger log = LoggerFactory.getLogger(Config.class);
    static final String FILE_NAME = "tidings.yml";
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?B?)", Pattern.CASE_INSENSITIVE);

    // Which commands read a setting: check loads the articles and renders their bodies and feeds' entries; build also
    // writes the feeds as they are published; serve also answers requests. A command offers only what it reads.
    private static final Set<String> EVERY_COMMAND = Set.of("check", "build", "serve");
    private static final Set<String> BUILD_AND_SERVE = Set.of("build", "serve");
    private static final Set<String> SERVE_ONLY = Set.of("serve");

    /** The settings, in the order {@code --help} lists them: yml key, meaning, default, the commands that read it. */
    static final List<Setting> SETTINGS = List.of(
            new Setting("title", "Blog title", "Tidings", EVERY_COMMAND),
            new Setting("subtitle", "Blog subtitle (feed description)", "", EVERY_COMMAND),
            new Setting("base_url", "Absolute URL of the blog; links and permalinks are built on it",
                    "http://localhost:<port>/", EVERY_COMMAND),
            new Setting("language", "Language tag of the blog, e.g. zh-CN", "en", EVERY_COMMAND),
            new Setting("author", "Default author: 'Name' or 'Name <email>'", "", EVERY_COMMAND),
            new Setting("time_zone", "Zone for dates written without an offset, e.g. Asia/Shanghai", "UTC",
                    EVERY_COMMAND),
            new Setting("id_authority", "Domain or e-mail in minted tag: ids; set it once and never change it",
                    "host of base_url", EVERY_COMMAND),
            new Setting("permalink", "Permalink pattern with {slug} {year} {month} {day}", Site.DEFAULT_PERMALINK,
                    EVERY_COMMAND),
            new Setting("feed_size", "Articles in a feed", "20", EVERY_COMMAND),
            new Setting("icon", "Feed icon URL (absolute, or relative to base_url)", "", EVERY_COMMAND),
            new Setting("logo", "Feed logo URL (absolute, or relative to base_url)", "", EVERY_COMMAND),
            new Setting("feeds_url", "Absolute URL where these feeds are reachable, if not at base_url", "base_url",
                    BUILD_AND_SERVE),
            new Setting("max_age", "How long readers and caches may keep a feed, e.g. 15m or 900s (RSS ttl too)", "15m",
                    BUILD_AND_SERVE),
            new Setting("max_limit", "Largest ?limit= a request may ask for", "100", SERVE_ONLY),
            new Setting("feed_cache", "Memory for rendered feeds, e.g. 64MB", "a tenth of the heap, at most 64MB",
                    SERVE_ONLY),
            new Setting("feed_content", "What entries carry: 'full' text (summaries where a feed would exceed "
                    + "max_feed_size) or always a 'summary'", "full", EVERY_COMMAND),
            new Setting("max_feed_size", "A feed sends some entries as summaries to stay under this, e.g. 250KB",
                    "250KB", EVERY_COMMAND),
            new Setting("archive_size", "Entries per archive page (RFC 5005 history)", "50", BUILD_AND_SERVE),
            new Setting("hub", "WebSub hub URL to announce and notify of changes", "", BUILD_AND_SERVE),
            new Setting("math", "Formulas as 'mathml' (rendered, for readers) or 'tex' (as written)", "mathml",
                    EVERY_COMMAND),
            new Setting("max_file_size", "Larger articles are reported and skipped, e.g. 4MB", "4MB", EVERY_COMMAND),
            new Setting("body_cache", "Memory for rendered article bodies, e.g. 64MB",
                    "a tenth of the heap, at most 64MB", EVERY_COMMAND),
            new Setting("state_dir", "Folder for what is kept across restarts (rendered formulas); 'none' keeps "
                    + "nothing", "the user's cache folder/tidings", EVERY_COMMAND),
            new Setting("access_log", "One log line per request: true or false", "false", SERVE_ONLY),
            new Setting("host", "Interface to listen on", "localhost", SERVE_ONLY),
            new Setting("port", "HTTP port (0 picks a free one)", "8080", SERVE_ONLY));

    /**
     * One setting: {@code base_url} in tidings.yml, {@code --base-url}, {@code TIDINGS_BASE_URL}.
     *
     * @param fallback the default, in words where it is computed; empty when there is none
     * @param commands the commands that read it, and so offer its flag
     */
    record Setting(String key, String meaning, String fallback, Set<String> commands) {
        Setting {
            commands = Set.copyOf(commands);
        }

        String flag() {
            return "--" + key.replace('_', '-');
        }

        String env() {
            return "TIDINGS_" + key.toUpperCase(Locale.ROOT);
        }

        boolean readBy(String command) {
            return commands.contains(command);
        }
    }

    /**
     * Reads the settings.
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
        Fields yml = readYml(file);
        var values = new Values(flags, env, yml);

        int port = values.parse("port", "a whole number from 0 to 65535", raw -> {
            int p = Integer.parseInt(raw);
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException();
            }
            return p;
        });
        URI baseUrl = values.find("base_url").map(v -> values.check(v, "an absolute http(s) URL like https://example.org/",
                Config::baseUrl)).orElse(URI.create("http://localhost:" + (port == 0 ? 8080 : port) + "/"));
        ZoneId zone = values.parse("time_zone", "a time zone like Asia/Shanghai or UTC", ZoneId::of);
        String language = values.parse("language", "a language tag like zh-CN or en", raw -> {
            if (!raw.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
                throw new IllegalArgumentException();
            }
            return raw;
        });
        String authority = values.find("id_authority").map(v -> values.check(v,
                "a domain like example.org or an e-mail address you control", raw -> {
                    if (!raw.matches("([A-Za-z0-9-]+\\.)*[A-Za-z0-9-]+|[^@\\s,:]+@([A-Za-z0-9-]+\\.)+[A-Za-z0-9-]+")) {
                        throw new IllegalArgumentException();
                    }
                    return raw.toLowerCase(Locale.ROOT);
                })).orElseGet(() -> {
                    log.warn("id_authority is not set, so minted ids use the base URL's host '{}': set id_authority "
                            + "in {} before publishing, so that ids survive a change of domain", baseUrl.getHost(),
                            FILE_NAME);
                    return baseUrl.getHost();
                });
        String permalink = values.parse("permalink", "a path pattern like /posts/{slug}/", raw -> {
            Site.checkPermalinkPattern(raw);
            return raw;
        });
        int feedSize = values.parse("feed_size", "a whole number from 1 to 1000", raw -> {
            int n = Integer.parseInt(raw);
            if (n < 1 || n > 1000) {
                throw new IllegalArgumentException();
            }
            return n;
        });
        Function<String, String> url = raw -> raw.isEmpty() ? "" : Optional.of(baseUrl.resolve(raw))
                .filter(u -> u.getScheme().startsWith("http")).orElseThrow().toString();
        Site site = new Site(
                values.parse("title", "a title", String::strip),
                values.parse("subtitle", "a subtitle", String::strip),
                baseUrl, language, values.authors(), zone, authority, permalink, feedSize,
                values.parse("icon", "an http(s) URL", url),
                values.parse("logo", "an http(s) URL", url),
                values.parse("max_file_size", "a size like 4MB", Config::bytes),
                values.find("body_cache").map(v -> values.check(v, "a size like 64MB", Config::bytes))
                        .orElse(tenthOfHeap()));
        URI feedsUrl = values.find("feeds_url").map(v -> values.check(v, "an absolute http(s) URL like "
                + "https://feeds.example.org/", Config::baseUrl)).orElse(baseUrl);
        Duration maxAge = values.parse("max_age", "a duration like 15m, 900s or 1h", Config::duration);
        int maxLimit = values.parse("max_limit", "a whole number from " + feedSize + " (feed_size) to 10000", raw -> {
            int n = Integer.parseInt(raw);
            if (n < feedSize || n > 10_000) {
                throw new IllegalArgumentException();
            }
            return n;
        });
        int archiveSize = values.parse("archive_size", "a whole number from 1 to 1000", raw -> {
            int n = Integer.parseInt(raw);
            if (n < 1 || n > 1000) {
                throw new IllegalArgumentException();
            }
            return n;
        });
        String hub = values.parse("hub", "an absolute http(s) URL like https://pubsubhubbub.appspot.com/", raw -> {
            if (raw.isBlank()) {
                return "";
            }
            URI uri = URI.create(raw.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri.toString();
        });
        long feedCache = values.find("feed_cache").map(v -> values.check(v, "a size like 64MB", Config::bytes))
                .orElse(tenthOfHeap());
        var feeds = new FeedOptions(feedsUrl, maxAge, maxLimit, feedCache,
                values.parse("max_feed_size", "a size of at least 16KB, like 250KB", raw -> {
                    long size = bytes(raw);
                    if (size < 16 << 10) {
                        throw new IllegalArgumentException();  // smaller than one ordinary entry with its summary
                    }
                    return size;
                }), archiveSize, hub,
                values.parse("math", "mathml or tex", raw -> MathMode.parse(raw).orElseThrow()),
                values.parse("feed_content", "full or summary", raw -> EntryContent.parse(raw).orElseThrow()));
        boolean accessLog = values.parse("access_log", "true or false",
                raw -> switch (raw.strip().toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on" -> true;
                    case "false", "no", "off" -> false;
                    default -> throw new IllegalArgumentException();
                });
        Optional<Path> stateDir = values.find("state_dir").map(v -> values.check(v, "a folder, or none", raw -> {
            if (raw.isBlank()) {
                throw new IllegalArgumentException();
            }
            return raw.strip().equalsIgnoreCase("none") ? Optional.<Path>empty() : Optional.of(Path.of(raw.strip()));
        })).orElseGet(() -> Optional.of(userCacheFolder(env)));
        return new Config(content, values.parse("host", "a host name or address", String::strip), port, site, feeds,
                accessLog, stateDir);
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

    private static URI baseUrl(String raw) {
        URI uri = URI.create(raw.endsWith("/") ? raw : raw + "/");
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException();
        }
        return uri;
    }

    /** The default for each cache: small heaps (-Xmx512m with 100,000 articles) need room for the catalog. */
    private static long tenthOfHeap() {
        return Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 10);
    }

    private static Duration duration(String raw) {
        Matcher m = Pattern.compile("(\\d{1,7})\\s*(s|m|h)?").matcher(raw.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException();
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2) == null || m.group(2).equals("s") ? Duration.ofSeconds(n)
                : m.group(2).equals("m") ? Duration.ofMinutes(n) : Duration.ofHours(n);
    }

    private static long bytes(String raw) {
        Matcher m = SIZE.matcher(raw.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException();
        }
        long unit = switch (m.group(2).toUpperCase(Locale.ROOT).replace("B", "")) {
            case "K" -> 1L << 10;
            case "M" -> 1L << 20;
            case "G" -> 1L << 30;
            default -> 1;
        };
        return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    }

    /** The layered lookup: flag, then environment, then tidings.yml, then default; and where each value came from. */
    private record Values(Map<String, String> flags, Map<String, String> env, Fields yml) {
        Values {
            var known = SETTINGS.stream().map(Setting::key).toList();
            yml.names().stream().filter(name -> !known.contains(name)).forEach(name -> log.warn(
                    "{}:{}: unknown setting '{}' is ignored; known settings: {}", yml.path(), yml.lineOf(name), name,
                    String.join(", ", known)));
        }

        /** The value and its origin, if any layer gives one. */
        Optional<Value> find(String key) {
            Setting setting = SETTINGS.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
            if (flags.containsKey(key)) {
                return Optional.of(new Value(flags.get(key), setting.flag()));
            }
            if (env.containsKey(setting.env())) {
                return Optional.of(new Value(env.get(setting.env()), setting.env()));
            }
            return yml.value(key).map(v -> new Value(v instanceof String s ? s : String.valueOf(v),
                    yml.path() + ":" + yml.lineOf(key) + ": '" + key + "'"));
        }

        <T> T parse(String key, String expected, Function<String, T> parser) {
            Setting setting = SETTINGS.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
            return check(find(key).orElse(new Value(setting.fallback(), "the default of " + key)), expected, parser);
        }

        <T> T check(Value value, String expected, Function<String, T> parser) {
            try {
                return parser.apply(value.text());
            } catch (RuntimeException e) {
                if (e instanceof ContentException) {
                    throw e;
                }
                throw new IllegalArgumentException(value.origin() + " must be " + expected + ", but was '"
                        + value.text() + "'");
            }
        }

        /** {@code author}: 'Name', 'Name <email>', or in tidings.yml a map with name, email, uri. */
        List<Author> authors() {
            if (!flags.containsKey("author") && !env.containsKey("TIDINGS_AUTHOR")
                    && yml.value("author").orElse("") instanceof Map<?, ?> map) {
                if (!(map.get("name") instanceof String name) || name.isBlank()) {
                    throw new IllegalArgumentException(yml.path() + ":" + yml.lineOf("author")
                            + ": 'author' must have a 'name', but has only " + map.keySet());
                }
                return List.of(new Author(name.strip(), text(map.get("email")), text(map.get("uri"))));
            }
            return find("author").map(Value::text).filter(s -> !s.isBlank())
                    .map(s -> List.of(Author.parse(s))).orElse(List.of());
        }

        private static String text(Object value) {
            return value instanceof String s ? s.strip() : "";
        }
    }

    private record Value(String text, String origin) {}
}
