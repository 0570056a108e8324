package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings check}, run as a blog's CI would run it. */
final class CheckCommandTest {
    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(args, TestState.ENVIRONMENT, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private void write(String path, String text) throws IOException {
        writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void writeBytes(String path, byte[] bytes) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    @Test
    void theBundledSampleHasNoProblems() {
        Run run = run("check");
        var lines = run.out().lines().toList();
        assertThat(lines).last().isEqualTo("14 articles, 0 problems");
        assertThat(lines.get(0)).as("its formulas as MathML make the site feed larger than 250 KB")
                .matches("feed\\.atom, feed\\.rss, feed\\.json: \\d of 14 entries as summaries to stay under 250 KB; "
                        + "largest: posts/.+\\.md \\(\\d+ KB\\)");
        assertThat(lines.subList(1, lines.size() - 1)).as("other feeds, e.g. the author's")
                .allMatch(line -> line.matches(".+/feed\\.atom, .+/feed\\.rss, .+/feed\\.json: \\d+ of \\d+ entries .+"));
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void comparesWithTheSitesCurrentFeedAndReportsOnlyWhatWouldChange() throws IOException {
        write("posts/kept.md", "---\ntitle: Kept\ndate: 2024-01-01\nid: https://blog.example/posts/kept/\n---\nK.\n");
        write("posts/renamed-later.md", "---\ntitle: Renamed\ndate: 2024-01-02\n"
                + "id: https://blog.example/posts/renamed/\n---\nR.\n");
        write("posts/new-id.md", "---\ntitle: New id\ndate: 2024-01-03\n---\nN.\n");
        write("posts/fresh.md", "---\ntitle: Fresh\ndate: 2024-01-04\n---\nF.\n");
        write("posts/ancient.md", "---\ntitle: Ancient\ndate: 2019-01-01\n---\nOlder than the feed reaches.\n");
        Path current = folder.resolve("index.xml");  // the site's feed as its generator wrote it: permalinks as guids
        Files.writeString(current, """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Blog</title><link>https://blog.example/</link><description>d</description>
                <item><title>Kept \u001E</title><link>https://blog.example/posts/kept/</link>
                  <guid>https://blog.example/posts/kept/</guid><pubDate>Mon, 01 Jan 2024 00:00:00 +0000</pubDate></item>
                <item><title>Renamed</title><link>https://blog.example/posts/renamed/</link>
                  <guid>https://blog.example/posts/renamed/</guid></item>
                <item><title>New id</title><link>https://blog.example/posts/new-id/</link>
                  <guid>https://blog.example/posts/new-id/</guid></item>
                <item><title>Deleted</title><link>https://blog.example/posts/gone/</link>
                  <guid>https://blog.example/posts/gone/</guid></item>
                </channel></rss>
                """);
        Run run = run("check", folder.resolve("posts").toString(), "--base-url", "https://blog.example/",
                "--id-authority", "blog.example", "--math", "tex", "--compare-feed", current.toString());
        assertThat(run.out().lines().filter(line -> line.startsWith(current.toString()))).containsExactly(
                current + ": 'Renamed': the link would change from https://blog.example/posts/renamed/ to "
                        + "https://blog.example/posts/renamed-later/ (renamed-later.md)",
                current + ": 'New id': the id would change from https://blog.example/posts/new-id/ to "
                        + "tag:blog.example,2024-01-03:new-id (new-id.md), and readers would show it again as new",
                current + ": 'Deleted' (id https://blog.example/posts/gone/): no article of the collection has its id, "
                        + "link or title",
                current + ": 'Fresh' (fresh.md) is not in it, and readers would see it as new");
        assertThat(run.out()).as("older than the feed's oldest entry: it would not have been in it")
                .doesNotContain("Ancient");
        assertThat(run.out()).contains("compared with the 4 entries of " + current + ": 1 ids and 1 links would "
                + "change, 1 not found, 1 added\n");
        assertThat(run.exitCode()).as("what would change is reported, not a problem").isZero();
    }

    @Test
    void aCurrentFeedThatCannotBeReadIsAUsageError() throws IOException {
        write("posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nA.\n");
        Path current = folder.resolve("index.xml");
        Files.writeString(current, "<html>not a feed</html>");
        Run run = run("check", folder.resolve("posts").toString(), "--compare-feed", current.toString());
        assertThat(run.err()).startsWith(current + " is not an Atom or RSS feed Tidings can read: ");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void namesEveryBadFileWithItsLineAndKeepsEveryGoodOne() throws IOException {
        write("good/one.md", "---\ntitle: One\ndate: 2024-01-01\n---\nFine.\n");
        write("good/2024-02-02-two.md", "---\ntitle: Two\n---\nFine.\n");
        write("good/three.html", "---\ntitle: Three\ndate: 2024-03-03\n---\n<p>Fine.</p>\n");
        write("bad/unclosed-yaml.md", "---\ntitle: \"Unclosed\ndate: 2024-01-01\n---\n");
        write("bad/no-title.md", "---\ndate: 2024-01-01\n---\n");
        write("bad/yesterday.md", "---\ntitle: Y\ndate: yesterday\n---\n");
        writeBytes("bad/latin1.md", new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9,
            '\n', '-', '-', '-', '\n'});
        writeBytes("bad/nul.md", "---\ntitle: N\ndate: 2024-01-01\n---\n\0".getBytes(StandardCharsets.UTF_8));
        write("bad/empty.md", "");
        write("bad/bomb.md", "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntitle: B\n---\n");
        write("bad/java.md", "---\ntitle: J\ndate: 2024-01-01\nx: !!java.io.File [\"/etc/passwd\"]\n---\n");
        write("bad/slug.md", "---\ntitle: S\ndate: 2024-01-01\nslug: ../etc\n---\n");
        write("bad/big.md", "---\ntitle: Big\ndate: 2024-01-01\n---\n" + "长".repeat(2_000_000));
        write("dup/a.md", "---\ntitle: A\ndate: 2024-01-01\nid: urn:dup\n---\n");
        write("dup/b.md", "---\ntitle: B\ndate: 2024-01-01\nid: urn:dup\n---\n");

        Run run = run("check", folder.toString());

        assertThat(run.out().lines().toList()).containsExactly(
                "bad/big.md:1: the file is 6,000,036 bytes, over the limit of 4,194,304 bytes (max_file_size); "
                        + "expected a smaller article",
                "bad/bomb.md:1: the front matter is not usable YAML: Number of aliases for non-scalar nodes exceeds "
                        + "the specified max=10; expected plain 'key: value' lines (aliases are limited to guard "
                        + "against alias bombs)",
                "bad/empty.md:1: the file is empty; expected front matter between '---' lines with at least 'title' "
                        + "and 'date', then the article",
                "bad/java.md:4: the YAML tag '!!java.io.File' is not allowed; expected plain text, numbers, lists and "
                        + "maps",
                "bad/latin1.md:2: invalid UTF-8 at byte offset 11 (byte 0xE9); expected UTF-8 text: save the file as "
                        + "UTF-8",
                "bad/no-title.md:1: 'title' is required; expected a line like 'title: Hello, world' in the front "
                        + "matter",
                "bad/nul.md:5: NUL byte at byte offset 34; expected UTF-8 text (is this a binary file?)",
                "bad/slug.md:4: 'slug' must be one URL path segment of letters, digits, other characters outside ASCII "
                        + "(not spaces or controls) and -_.~!$&'()*+,;=@, without '..', but was '../etc'",
                "bad/unclosed-yaml.md:2: the front matter is not valid YAML: while scanning a quoted scalar, found "
                        + "unexpected end of stream; expected 'key: value' lines",
                "bad/yesterday.md:3: 'date' must be an ISO 8601 date like 2024-05-01 or date-time like "
                        + "2024-05-01T09:30:00+08:00, but was 'yesterday'",
                "dup/b.md:1: has the same id 'urn:dup' as dup/a.md, which is kept; expected every article to have its "
                        + "own (set 'slug' or 'id')",
                "4 articles, 11 problems");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void warnsAboutFormulasTheEngineCannotRenderWithoutFailing() throws IOException {
        write("posts/eq.md", "---\ntitle: Eq\ndate: 2024-01-01\n---\nFine $x^2$.\n\nNot fine:\n\n$$\n\\undefined a = b\n$$\n");
        Run run = run("check", folder.toString());
        assertThat(run.out().lines().toList()).containsExactly(
                "posts/eq.md:9: warning: the formula '\\undefined a = b' cannot be rendered as MathML (KaTeX parse "
                        + "error: Undefined control sequence: \\undefined at position 2: \\undefined a = b); readers get "
                        + "its TeX",
                "1 article, 0 problems");
        assertThat(run.exitCode()).isZero();
        assertThat(run("check", folder.toString(), "--math", "tex").out()).isEqualTo("1 article, 0 problems\n");
    }

    @Test
    void eachFormulaWarningNamesTheLineOfThatFormulaNotOfAnEarlierOneHoldingItsText() throws IOException {
        write("posts/eq.md", "---\ntitle: Eq\ndate: 2024-01-01\n---\nFirst:\n\n$$\n\\undefined\n+ a\n$$\n\n"
                + "Second:\n\n$$\n\\undefined\n$$\n");
        Run run = run("check", folder.toString());
        assertThat(run.out().lines().filter(line -> line.contains("warning")).map(line -> line.split(": warning")[0])
                .toList()).as("at each formula's opening line").containsExactly("posts/eq.md:7", "posts/eq.md:14");
    }

    @Test
    void aScriptThatIsACommandAsMathJaxReadsItIsNoWarning() throws IOException {
        write("posts/scripts.md", "---\ntitle: Scripts\ndate: 2024-01-01\n---\nWith $f_\\max$, $t_\\min$ and "
                + "$x^\\hat a$:\n\n$$\n\\nabla_\\tilde{\\mathbf{x}} f = a_\\frac12 e^\\sqrt[3]{x}\n$$\n");
        Run run = run("check", folder.toString());
        assertThat(run.out()).isEqualTo("1 article, 0 problems\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aBadSettingIsAUsageError() throws IOException {
        write("tidings.yml", "time_zone: Nowhere\n");
        Run run = run("check", folder.toString());
        assertThat(run.err()).isEqualTo("tidings.yml:1: 'time_zone' must be a time zone like Asia/Shanghai or UTC, "
                + "but was 'Nowhere'\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aBadSettingThatCheckDoesNotReadStillFailsIt() throws IOException {
        write("tidings.yml", "port: http\n");
        Run run = run("check", folder.toString());
        assertThat(run.err())
                .isEqualTo("tidings.yml:1: 'port' must be a whole number from 0 to 65535, but was 'http'\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void checkHelpListsOnlyTheSettingsCheckReads() {
        Run run = run("check", "--help");
        assertThat(run.exitCode()).isZero();
        for (Setting<?> setting : Settings.ALL) {
            if (setting.readBy("check")) {
                assertThat(run.out()).contains(setting.flag() + "=VALUE").contains(setting.env());
            } else {
                assertThat(run.out()).doesNotContain(setting.flag()).doesNotContain(setting.env());
            }
        }
        for (String serverOnly : List.of("--port", "--hub", "--feed-cache", "--max-limit", "--access-log", "--host")) {
            assertThat(run.out()).doesNotContain(serverOnly);
        }
        assertThat(run.out()).contains("--math=VALUE").contains("--base-url=VALUE").contains("--config=FILE");
    }

    @Test
    void serveHelpListsEverySettingAndBuildWhatItWrites() {
        String serve = run("serve", "--help").out();
        for (Setting<?> setting : Settings.ALL) {
            assertThat(serve).contains(setting.flag() + "=VALUE").contains(setting.env());
        }
        String build = run("build", "--help").out();
        assertThat(build).contains("--hub=VALUE", "--feeds-url=VALUE", "--max-age=VALUE", "--archive-size=VALUE",
                "--out=DIR").doesNotContain("--port").doesNotContain("--feed-cache").doesNotContain("--host");
    }

    @Test
    void theHelpCommandPrintsUsage() {
        Run top = run("help");
        assertThat(top.exitCode()).isZero();
        assertThat(top.out()).startsWith("Usage: tidings [-hV] [COMMAND]").contains("  check  ").contains("  help  ")
                .contains("'tidings help serve' shows every one of them");
        assertThat(top.err()).isEmpty();
        Run check = run("help", "check");
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).isEqualTo(run("check", "--help").out()).startsWith("Usage: tidings check ");
        assertThat(run("--help").out()).isEqualTo(top.out());
    }

    @Test
    void showsEachVariableAndDefaultWholeOnALineOfItsOwn() {
        for (String command : List.of("check", "build", "serve")) {
            List<String> lines = run(command, "--help").out().lines().map(String::strip).toList();
            assertThat(lines).as(command).contains("TIDINGS_BASE_URL · default: http://localhost:<port>/",
                    "TIDINGS_BODY_CACHE · default: a tenth of the heap, at most 64MB", "TIDINGS_SUBTITLE",
                    "TIDINGS_CONFIG · default: DIR/tidings.yml", "TIDINGS_CONTENT · default: the bundled sample");
            for (Setting<?> setting : Settings.ALL) {
                if (setting.readBy(command)) {
                    assertThat(lines).as(command).contains(setting.fallback().isEmpty() ? setting.env()
                            : setting.env() + " · default: " + setting.fallback());
                }
            }
            assertThat(lines).as("no empty default").noneMatch(line -> line.endsWith("default:"))
                    .noneMatch(line -> line.contains("default: )") || line.contains("default: ;"));
        }
    }

    @Test
    void saysFirstWhichSettingsASiteConfigurationGave() throws Exception {
        Path root = Path.of(CheckCommandTest.class.getResource("/sites/hexo-site").toURI());
        Run run = run("check", "--math", "tex", root.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("Hexo site " + root + ", articles in source/_posts: "
                + "title from _config.yml, subtitle from _config.yml, base_url from _config.yml, language from "
                + "_config.yml, author from _config.yml, time_zone from _config.yml, icon from _config.yml, "
                + "copyright from _config.yml", "1 article, 0 problems");
    }

    @Test
    void aZolaSiteIsNotTakenForHugo() throws Exception {
        Path root = Path.of(CheckCommandTest.class.getResource("/sites/zola-site").toURI());
        Run run = run("check", "--math", "tex", root.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("Zola site " + root + ", articles in content: "
                + "title from config.toml, subtitle from config.toml, base_url from config.toml, language from "
                + "config.toml", "1 article, 0 problems");
    }

    @Test
    void aTagInASiteSettingTidingsNeverReadsDoesNotStopIt() throws IOException {
        write("_config.yml", """
                title: Tagged
                url: https://tagged.example
                html_minifier:
                  ignoreCustomComments: [ !!js/regexp /^\\s*more/ ]
                """);
        write("source/_posts/a.md", "---\ntitle: A\ndate: 2024-01-01 10:00:00\n---\nA.\n");
        Run run = run("check", "--math", "tex", folder.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).last().isEqualTo("1 article, 0 problems");
        assertThat(run.out()).startsWith("Hexo site " + folder.toAbsolutePath().normalize()
                + ", articles in source/_posts: title from _config.yml, base_url from _config.yml");
    }
}
