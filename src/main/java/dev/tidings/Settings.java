package dev.tidings;

import static dev.tidings.Setting.BUILD_AND_SERVE;
import static dev.tidings.Setting.SERVE_ONLY;

import dev.tidings.content.Author;
import dev.tidings.content.MathSyntax;
import dev.tidings.content.Site;
import dev.tidings.feed.EntryContent;
import dev.tidings.math.MathMode;
import dev.tidings.math.TexConfig;
import dev.tidings.math.TexMacros;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every setting, declared once, in the order of the README's table ({@code --help} sorts them by flag). A default that
 * depends on other values (base_url's on port, id_authority's on base_url) is computed by {@code Config.load}; it is
 * still declared here, in words. A Hugo, Jekyll or Hexo site's configuration may give some ({@code SiteConfig}).
 *
 * <p>Over 200 lines because it is the table of every setting, one declaration each, and a setting must be declared
 * in one place.
 */
final class Settings {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?B?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d{1,7})\\s*(s|m|h)?");

    static final Setting<String> TITLE = Setting.of("title", "Blog title", "a title", String::strip).byDefault("Tidings");
    static final Setting<String> SUBTITLE = Setting.of("subtitle", "Blog subtitle (feed description)", "a subtitle",
            String::strip);
    static final Setting<URI> BASE_URL = Setting.of("base_url", "Absolute URL of the blog; links and permalinks are "
            + "built on it", "an absolute http(s) URL like https://example.org/", Settings::baseUrl)
            .computedDefault("http://localhost:<port>/");
    static final Setting<String> LANGUAGE = Setting.of("language", "Language tag of the blog, e.g. zh-CN",
            "a language tag like zh-CN or en", raw -> matching(raw, "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")).byDefault("en");
    /** In tidings.yml it may also be a map with name, email and uri, which Config reads itself. */
    static final Setting<List<Author>> AUTHOR = Setting.of("author", "Default author: 'Name' or 'Name <email>'",
            "a name, or a name and <email>", raw -> raw.isBlank() ? List.of() : List.of(Author.parse(raw)));
    static final Setting<ZoneId> TIME_ZONE = Setting.of("time_zone", "Zone for dates written without an offset, e.g. "
            + "Asia/Shanghai", "a time zone like Asia/Shanghai or UTC", ZoneId::of).byDefault("UTC");
    static final Setting<String> ID_AUTHORITY = Setting.of("id_authority", "Domain or e-mail in minted tag: ids; set it "
            + "once and never change it", "a domain like example.org or an e-mail address you control",
            raw -> matching(raw, "([A-Za-z0-9-]+\\.)*[A-Za-z0-9-]+|[^@\\s,:]+@([A-Za-z0-9-]+\\.)+[A-Za-z0-9-]+")
                    .toLowerCase(Locale.ROOT)).computedDefault("host of base_url");
    static final Setting<String> PERMALINK = Setting.of("permalink", "Permalink pattern with {slug} {year} {month} "
            + "{day}", "a path pattern like /posts/{slug}/", raw -> {
                Site.checkPermalinkPattern(raw);
                return raw;
            }).byDefault(Site.DEFAULT_PERMALINK);
    static final Setting<Integer> FEED_SIZE = Setting.of("feed_size", "Articles in a feed",
            "a whole number from 1 to 1000", wholeNumber(1, 1000)).byDefault("20");
    /** A path here (and in logo) is relative to base_url: Config resolves it. */
    static final Setting<String> ICON = Setting.of("icon", "Feed icon URL (absolute, or relative to base_url)",
            "an http(s) URL", Settings::reference);
    static final Setting<String> LOGO = Setting.of("logo", "Feed logo URL (absolute, or relative to base_url)",
            "an http(s) URL", Settings::reference);
    static final Setting<String> COPYRIGHT = Setting.of("copyright", "Rights statement of the feeds, e.g. a licence: "
            + "CC BY-NC-SA 4.0", "a line of text", String::strip);
    static final Setting<Boolean> IDS = Setting.of("ids", "Entry ids: 'tag' (minted from id_authority) or 'feed' (as "
            + "the site generator's own feed writes them)", "tag or feed", raw -> switch (raw.strip()) {
                case "tag" -> false;
                case "feed" -> true;
                default -> throw new IllegalArgumentException();
            }).computedDefault("feed on a generator's site, else tag");
    static final Setting<Long> MAX_FILE_SIZE = Setting.of("max_file_size", "Larger articles are reported and skipped, "
            + "e.g. 4MB", "a size like 4MB", Settings::bytes).byDefault("4MB");
    static final Setting<Long> BODY_CACHE = Setting.of("body_cache", "Memory for rendered article bodies, e.g. 64MB",
            "a size like 64MB", Settings::bytes).computedDefault("a tenth of the heap, at most 64MB");
    static final Setting<MathMode> MATH = Setting.of("math", "Formulas as 'mathml' (rendered, for readers), 'tex' "
            + "(as written) or 'images' (SVG, for readers that drop MathML)", "mathml, tex or images",
            raw -> MathMode.parse(raw).orElseThrow(IllegalArgumentException::new))
            .byDefault("mathml");
    static final Setting<TexMacros> MATH_MACROS = Setting.of("math_macros", "TeX macros every formula may use, as "
            + "MathJax's macros: {RR: '\\mathbb{R}', half: ['\\frac{#1}{2}', 1]} (over the theme's)", "an object of macros "
            + "like {RR: '\\mathbb{R}'}", TexMacros::parse);
    static final Setting<TexConfig.Tags> MATH_TAGS = Setting.of("math_tags", "Equation numbers as MathJax's tags: "
            + "'ams' (AMS environments), 'all' (every display formula) or 'none' (\\tag only)", "ams, all or none",
            raw -> TexConfig.Tags.parse(raw).orElseThrow(IllegalArgumentException::new))
            .computedDefault("the theme's MathJax tags, else ams");
    static final Setting<MathSyntax.Name> MATH_SYNTAX = Setting.of("math_syntax", "Where formulas are found, as the "
            + "site's pipeline finds them: " + MathSyntax.Name.keys(), "one of " + MathSyntax.Name.keys(),
            raw -> MathSyntax.Name.parse(raw).orElseThrow(IllegalArgumentException::new))
            .computedDefault("the site's pipeline, else tidings");
    static final Setting<EntryContent> FEED_CONTENT = Setting.of("feed_content", "What entries carry: 'full' text "
            + "(summaries where a feed would exceed max_feed_size) or always a 'summary'", "full or summary",
            raw -> EntryContent.parse(raw).orElseThrow(IllegalArgumentException::new)).byDefault("full");
    static final Setting<Long> MAX_FEED_SIZE = Setting.of("max_feed_size", "A feed sends some entries as summaries to "
            + "stay under this, e.g. 250KB", "a size of at least 16KB, like 250KB", raw -> Optional.of(bytes(raw))
            .filter(size -> size >= 16 << 10)  // less would not hold one ordinary entry with its summary
            .orElseThrow(IllegalArgumentException::new)).byDefault("250KB");
    static final Setting<Optional<Path>> STATE_DIR = Setting.of("state_dir", "Folder for what is kept across restarts "
            + "(rendered formulas, the search index, parsed articles); 'none' keeps nothing", "a folder, or none",
            Settings::folderOrNone)
            .computedDefault("tidings in the user's cache folder");
    static final Setting<URI> FEEDS_URL = Setting.of("feeds_url", "Absolute URL where these feeds are reachable, if "
            + "not at base_url", "an absolute http(s) URL like https://feeds.example.org/", Settings::baseUrl)
            .computedDefault("base_url").readBy(BUILD_AND_SERVE);
    static final Setting<Duration> MAX_AGE = Setting.of("max_age", "How long readers and caches may keep a feed, e.g. "
            + "15m or 900s (RSS ttl too)", "a duration like 15m, 900s or 1h", Settings::duration).byDefault("15m")
            .readBy(BUILD_AND_SERVE);
    static final Setting<Integer> ARCHIVE_SIZE = Setting.of("archive_size", "Entries per archive page (RFC 5005 "
            + "history)", "a whole number from 1 to 1000", wholeNumber(1, 1000)).byDefault("50").readBy(BUILD_AND_SERVE);
    static final Setting<String> HUB = Setting.of("hub", "WebSub hub URL to announce and notify of changes",
            "an absolute http(s) URL like https://pubsubhubbub.appspot.com/",
            raw -> raw.isBlank() ? "" : httpUrl(raw.strip()).toString()).readBy(BUILD_AND_SERVE);
    static final Setting<Long> FEED_CACHE = Setting.of("feed_cache", "Memory for rendered feeds, e.g. 64MB",
            "a size like 64MB", Settings::bytes).computedDefault("a tenth of the heap, at most 64MB").readBy(SERVE_ONLY);
    /** At least feed_size, which Config adds with {@link Setting#narrowed}. */
    static final Setting<Integer> MAX_LIMIT = Setting.of("max_limit", "Largest ?limit= a request may ask for",
            "a whole number from feed_size to 10000", wholeNumber(1, 10_000)).byDefault("100").readBy(SERVE_ONLY);
    static final Setting<String> HOST = Setting.of("host", "Interface to listen on", "a host name or address",
            String::strip).byDefault("localhost").readBy(SERVE_ONLY);
    static final Setting<Integer> PORT = Setting.of("port", "HTTP port (0 picks a free one)",
            "a whole number from 0 to 65535", wholeNumber(0, 65_535)).byDefault("8080").readBy(SERVE_ONLY);
    static final Setting<Boolean> ACCESS_LOG = Setting.of("access_log", "One log line per request: true or false",
            "true or false", Settings::bool).byDefault("false").readBy(SERVE_ONLY);

    /** In the README's order: what every command reads, then what build and serve read, then what serve reads. */
    static final List<Setting<?>> ALL = List.of(TITLE, SUBTITLE, BASE_URL, LANGUAGE, AUTHOR, TIME_ZONE, ID_AUTHORITY,
            PERMALINK, IDS, FEED_SIZE, ICON, LOGO, COPYRIGHT, MAX_FILE_SIZE, BODY_CACHE, MATH, MATH_SYNTAX, MATH_MACROS,
            MATH_TAGS, FEED_CONTENT, MAX_FEED_SIZE, STATE_DIR, FEEDS_URL, MAX_AGE, ARCHIVE_SIZE, HUB, FEED_CACHE,
            MAX_LIMIT, HOST, PORT, ACCESS_LOG);

    private static Function<String, Integer> wholeNumber(int min, int max) {
        return raw -> {
            int n = Integer.parseInt(raw);
            if (n < min || n > max) {
                throw new IllegalArgumentException();
            }
            return n;
        };
    }

    private static String matching(String raw, String regex) {
        return Optional.of(raw).filter(text -> text.matches(regex)).orElseThrow(IllegalArgumentException::new);
    }

    /** An absolute http(s) URL, the base of others: it ends in '/' and has no query or fragment. */
    private static URI baseUrl(String raw) {
        URI uri = httpUrl(raw.endsWith("/") ? raw : raw + "/");
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException();
        }
        return uri;
    }

    private static URI httpUrl(String raw) {
        URI uri = uri(raw);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException();
        }
        return uri;
    }

    /** Empty, a path or an http(s) URL. */
    private static String reference(String raw) {
        if (!raw.isEmpty() && uri(raw).isAbsolute() && !uri(raw).getScheme().startsWith("http")) {
            throw new IllegalArgumentException();
        }
        return raw;
    }

    /** {@link URI#create}, with the reason instead of the JDK's message, which repeats the value. */
    private static URI uri(String raw) {
        try {
            return new URI(raw);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getReason().toLowerCase(Locale.ROOT) + " at index " + e.getIndex());
        }
    }

    private static Duration duration(String raw) {
        Matcher m = DURATION.matcher(raw.strip().toLowerCase(Locale.ROOT));
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
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too large");
        }
    }

    private static boolean bool(String raw) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException();
        };
    }

    private static Optional<Path> folderOrNone(String raw) {
        if (raw.isBlank()) {
            throw new IllegalArgumentException();
        }
        return raw.strip().equalsIgnoreCase("none") ? Optional.empty() : Optional.of(Path.of(raw.strip()));
    }

    private Settings() {}
}
