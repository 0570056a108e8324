package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code tidings check} on our Jekyll fixture: one warning per Liquid construct Tidings could not render, by line. */
final class JekyllDialectWarningsTest {
    @Test
    void checkWarnsOncePerConstructItCouldNotRenderWithItsFileAndLine() throws Exception {
        Path site = Path.of(getClass().getResource("/generator-sites/jekyll-dialect").toURI());
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new String[] {"check", site.toString(), "--state-dir", "none"}, TestState.ENVIRONMENT,
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(out.toString().lines().filter(line -> line.contains(": warning: ")).toList()).containsExactly(
                "_posts/zh/2019-03-03-river.md:13: warning: '{{ page.title | smartypants }}': the filter 'smartypants' "
                        + "is not known to Tidings, so the value is shown unfiltered",
                "_posts/zh/2019-03-03-river.md:15: warning: '{% for item in page.related %}' … '{% endfor %}' is left "
                        + "out with what it holds: Tidings does not evaluate Liquid's conditions and loops",
                "_posts/2019-03-01-field-notes.md:27: warning: '{% include signature.html %}' is left out: Tidings "
                        + "does not render Jekyll's includes",
                "_posts/2019-03-01-field-notes.md:29: warning: '{% if page.comments %}' … '{% endif %}' is left out "
                        + "with what it holds: Tidings does not evaluate Liquid's conditions and loops");
        assertThat(out.toString()).endsWith("5 articles, 0 problems\n");
        assertThat(code).as(err.toString()).isZero();
    }
}
