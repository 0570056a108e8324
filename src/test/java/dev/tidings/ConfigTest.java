package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.content.Author;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ConfigTest {
    @TempDir
    Path content;

    private void yml(String text) throws IOException {
        Files.writeString(content.resolve("tidings.yml"), text);
    }

    private Config load(Map<String, String> flags, Map<String, String> env) {
        var all = new java.util.HashMap<>(flags);
        all.put("content", content.toString());
        return Config.load(all, env);
    }

    @Test
    void usesDefaultsWhenNothingIsSet() {
        Config config = load(Map.of(), Map.of());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("localhost");
        assertThat(config.site().baseUrl()).isEqualTo(URI.create("http://localhost:8080/"));
        assertThat(config.site().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.site().idAuthority()).isEqualTo("localhost");
        assertThat(config.site().permalinkPattern()).isEqualTo("/posts/{slug}/");
        assertThat(config.site().feedSize()).isEqualTo(20);
        assertThat(config.site().maxFileBytes()).isEqualTo(4L << 20);
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverTheFile() throws IOException {
        yml("""
                title: From file
                subtitle: File subtitle
                base_url: https://file.example/blog
                time_zone: Asia/Shanghai
                port: 9000
                author:
                  name: 林知远
                  email: zhiyuan@example.com
                """);
        Config config = load(Map.of("title", "From flag"),
                Map.of("TIDINGS_TITLE", "From env", "TIDINGS_PORT", "9100", "TIDINGS_BASE_URL", "https://env.example/"));
        assertThat(config.site().title()).isEqualTo("From flag");
        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.site().baseUrl()).isEqualTo(URI.create("https://env.example/"));
        assertThat(config.site().subtitle()).isEqualTo("File subtitle");
        assertThat(config.site().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.site().authors()).containsExactly(new Author("林知远", "zhiyuan@example.com", ""));
    }

    @Test
    void aBaseUrlWithoutTrailingSlashGetsOne() throws IOException {
        yml("base_url: https://example.org/blog\nid_authority: Example.org\nicon: /favicon.png\n");
        Config config = load(Map.of(), Map.of());
        assertThat(config.site().baseUrl()).isEqualTo(URI.create("https://example.org/blog/"));
        assertThat(config.site().idAuthority()).isEqualTo("example.org");
        assertThat(config.site().icon()).isEqualTo("https://example.org/favicon.png");
    }

    @Test
    void namesWhereABadValueCameFrom() throws IOException {
        assertThatThrownBy(() -> load(Map.of(), Map.of("TIDINGS_PORT", "http")))
                .hasMessage("TIDINGS_PORT must be a whole number from 0 to 65535, but was 'http'");
        assertThatThrownBy(() -> load(Map.of("port", "70000"), Map.of()))
                .hasMessage("--port must be a whole number from 0 to 65535, but was '70000'");
        yml("title: T\ntime_zone: Mars/Olympus\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:2: 'time_zone' must be a time zone like Asia/Shanghai or UTC, but was "
                        + "'Mars/Olympus'");
        yml("base_url: ftp://example.org/\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: 'base_url' must be an absolute http(s) URL like https://example.org/, but "
                        + "was 'ftp://example.org/'");
        yml("feed_size: 0\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: 'feed_size' must be a whole number from 1 to 1000, but was '0'");
        yml("max_file_size: huge\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: 'max_file_size' must be a size like 4MB, but was 'huge'");
        yml("math_syntax: goldmark\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: 'math_syntax' must be one of tidings, pandoc, markdown-it, hugo, "
                        + "hugo-passthrough, kramdown, marked, commonmark, but was 'goldmark'");
        yml("max_feed_size: 10KB\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: 'max_feed_size' must be a size of at least 16KB, like 250KB, but was '10KB'");
        yml("title: [unclosed\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: the file is not valid YAML: while parsing a flow sequence, expected ',' or "
                        + "']', but got <stream end>; expected 'key: value' lines");
    }

    @Test
    void aParserThatSaysWhatIsWrongIsQuotedAfterTheValue() throws IOException {
        yml("permalink: /{year}/{title}/{slug}/\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tidings.yml:1: 'permalink' must be a path pattern like /posts/{slug}/, but was "
                        + "'/{year}/{title}/{slug}/': {title} is not one of {slug}, {year}, {month} and {day}");
        assertThatThrownBy(() -> load(Map.of("permalink", "posts/{slug}/"), Map.of()))
                .hasMessage("--permalink must be a path pattern like /posts/{slug}/, but was 'posts/{slug}/': it does "
                        + "not start with '/'");
        yml("");
        assertThatThrownBy(() -> load(Map.of(), Map.of("TIDINGS_HUB", "https://hub example/")))
                .hasMessage("TIDINGS_HUB must be an absolute http(s) URL like https://pubsubhubbub.appspot.com/, but "
                        + "was 'https://hub example/': illegal character in authority at index 8");
        yml("feed_size: 50\nmax_limit: 40\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:2: 'max_limit' must be a whole number from 50 (feed_size) to 10000, but was "
                        + "'40'");
    }

    @Test
    void aParserThatFailsIsABugNotABadValue() {
        var broken = Setting.of("title", "Blog title", "a title", raw -> {
            throw new IllegalStateException("the parser's own bug");
        });
        assertThatThrownBy(() -> broken.parse("Hello", "--title"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("the parser's own bug");
        var missing = Setting.of("title", "Blog title", "a title", raw -> List.of().get(0));
        assertThatThrownBy(() -> missing.parse("Hello", "--title"))
                .isInstanceOf(IndexOutOfBoundsException.class);
        var rejecting = Setting.of("title", "Blog title", "a title", raw -> {
            throw new IllegalArgumentException("it is too long");
        });
        assertThatThrownBy(() -> rejecting.parse("Hello", "--title"))
                .hasMessage("--title must be a title, but was 'Hello': it is too long");
    }

    @Test
    void theReadmeTableListsExactlyTheDeclaredSettings() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        List<List<String>> rows = readme.subList(readme.indexOf("## Configuration"), readme.size()).stream()
                .dropWhile(line -> !line.startsWith("| `tidings.yml` | flag | environment | default |")).skip(2)
                .takeWhile(line -> line.startsWith("|"))
                .map(line -> Arrays.stream(line.substring(1).split("\\|", 5)).limit(4).map(String::strip).toList())
                .toList();
        var settings = rows.stream().filter(row -> !row.get(0).isEmpty()).toList();
        // Computed defaults are words, which may quote a setting: `base_url`; literal ones are code, as written.
        assertThat(settings).extracting(row -> row.stream().map(cell -> cell.replace("`", "")).toList())
                .containsExactlyElementsOf(Settings.ALL.stream()
                        .map(s -> List.of(s.key(), s.flag(), s.env(), s.fallback())).toList());
        for (int i = 0; i < settings.size(); i++) {
            Setting<?> setting = Settings.ALL.get(i);
            if (!setting.computed()) {
                assertThat(settings.get(i).get(3)).as(setting.key())
                        .isEqualTo(setting.fallback().isEmpty() ? "" : "`" + setting.fallback() + "`");
            }
        }
        assertThat(rows).filteredOn(row -> row.get(0).isEmpty()).extracting(row -> row.get(1))
                .containsExactly("`--content DIR`", "`--config FILE`");
        assertThat(Settings.ALL).as("every command's settings, then build's, then serve's: the README says so")
                .extracting(s -> s.commands().size()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void readsSizes() throws IOException {
        yml("max_file_size: 512KB\nbody_cache: 1 GB\n");
        Config config = load(Map.of(), Map.of());
        assertThat(config.site().maxFileBytes()).isEqualTo(512L * 1024);
        assertThat(config.site().bodyCacheBytes()).isEqualTo(1L << 30);
    }

    @Test
    void readsWhatFeedsCarryAndWhereStateIsKept() throws IOException {
        yml("feed_content: summary\nstate_dir: none\n");
        Config config = load(Map.of(), Map.of());
        assertThat(config.feeds().content()).isEqualTo(dev.tidings.feed.EntryContent.SUMMARY);
        assertThat(config.stateDir()).isEmpty();
        assertThat(load(Map.of("state_dir", "/srv/state"), Map.of()).stateDir()).contains(Path.of("/srv/state"));
        yml("feed_content: some\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: 'feed_content' must be full or summary, but was 'some'");
        yml("");
        assertThat(load(Map.of(), Map.of("XDG_CACHE_HOME", "/var/cache/me")).stateDir())
                .contains(Path.of("/var/cache/me/tidings"));
    }

    @Test
    void theBundledSampleIsTheDefaultCollection() {
        Config config = Config.load(Map.of(), Map.of());
        assertThat(config.content().resolve("tidings.yml")).exists();
        assertThat(config.site().language()).isEqualTo("zh-CN");
        assertThat(config.site().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.site().authors()).extracting(Author::name).isEqualTo(List.of("林知远"));
    }

    @Test
    void aMissingFolderIsReported() {
        assertThatThrownBy(() -> Config.load(Map.of("content", content.resolve("nope").toString()), Map.of()))
                .hasMessage("The collection folder " + content.resolve("nope") + " does not exist or is not a folder");
    }
}
