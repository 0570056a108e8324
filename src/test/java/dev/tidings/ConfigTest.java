package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.content.Author;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
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
        yml("permalink: /posts/{title}/\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: 'permalink' must be a path pattern like /posts/{slug}/, but was "
                        + "'/posts/{title}/'");
        yml("feed_size: 0\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: 'feed_size' must be a whole number from 1 to 1000, but was '0'");
        yml("max_file_size: huge\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: 'max_file_size' must be a size like 4MB, but was 'huge'");
        yml("max_feed_size: 10KB\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: 'max_feed_size' must be a size of at least 16KB, like 250KB, but was '10KB'");
        yml("title: [unclosed\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of()))
                .hasMessage("tidings.yml:1: the file is not valid YAML: while parsing a flow sequence, expected ',' or "
                        + "']', but got <stream end>; expected 'key: value' lines");
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
