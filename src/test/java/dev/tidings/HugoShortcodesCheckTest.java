package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code tidings check} on the Hugo shortcode fixture: one warning per shortcode it could not render, where it is. */
final class HugoShortcodesCheckTest {
    @Test
    void warnsOncePerShortcodeItCouldNotRenderWithItsFileAndLine() throws Exception {
        Path site = Path.of(HugoShortcodesCheckTest.class.getResource("/generator-sites/hugo-dialect").toURI());
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new String[] {"check", site.toString(), "--state-dir", "none"}, TestState.ENVIRONMENT,
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString().lines().filter(line -> line.contains(": warning: "))).containsExactly(
                "post/链接与参数.md:43: warning: unknown shortcode \"chart\" dropped",
                "post/链接与参数.md:45: warning: ref \"post/missing.md\": no article at that path; the link has no target");
    }
}
