package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings check} on the Hugo shortcode fixture: one warning per shortcode it could not render, where it is. */
final class HugoShortcodesCheckTest {
    @TempDir
    Path temp;

    @Test
    void warnsOncePerShortcodeItCouldNotRenderWithItsFileAndLine() throws Exception {
        Path site = Path.of(HugoShortcodesCheckTest.class.getResource("/generator-sites/hugo-dialect").toURI());
        assertThat(warnings(site)).containsExactly(
                "post/链接与参数.md:43: warning: unknown shortcode \"chart\" dropped",
                "post/链接与参数.md:45: warning: ref \"post/missing.md\": no article at that path; the link has no target");
    }

    /** Params at which Hugo stops the build, so the fixture built by Hugo cannot hold them. */
    @Test
    void warnsAtAParamNeitherTheArticleNorTheSiteHasAndAtOneHugoMayPrintOtherwise() throws Exception {
        Path site = temp.resolve("site");
        GeneratedSite.copy(GeneratedSite.fixture("hugo-dialect"), site);
        Files.writeString(site.resolve("content/post/missing-param.md"), """
                ---
                title: A param nobody set
                date: 2024-03-06T09:00:00+08:00
                speed: 2.50
                ---
                The editor is {{< param editor >}}; the publisher is {{< param publisher >}}.

                The speed is {{< param speed >}}.
                """);
        assertThat(warnings(site)).containsExactly(
                "post/missing-param.md:6: warning: param \"publisher\": neither the article nor the site's params have "
                        + "it (Hugo stops the build); dropped",
                "post/missing-param.md:8: warning: param \"speed\": Hugo prints the number 2.50 as 2.5 unless it is "
                        + "written in quotes; printed as written",
                "post/链接与参数.md:43: warning: unknown shortcode \"chart\" dropped",
                "post/链接与参数.md:45: warning: ref \"post/missing.md\": no article at that path; the link has no target");
    }

    private static List<String> warnings(Path site) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new String[] {"check", site.toString(), "--state-dir", "none"}, TestState.ENVIRONMENT,
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(out + "\n" + err).isZero();
        return out.toString().lines().filter(line -> line.contains(": warning: ")).toList();
    }
}
