package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code tidings check} on our Hexo fixture full of tag plugins: a warning for each tag a feed cannot show. */
final class HexoDialectCheckTest {
    @Test
    void warnsOnceForEachTagItCannotRenderWithItsFileAndLine() throws Exception {
        Path site = Path.of(getClass().getResource("/generator-sites/hexo-dialect").toURI());
        String out = GeneratedSite.tidings("check", site.toString());
        assertThat(out.lines().filter(line -> line.contains(": warning: "))).containsExactly(
                "主题标签.md:61: warning: unknown tag \"pdf\" dropped",
                "主题标签.md:63: warning: unknown tag \"video\" dropped");
    }
}
