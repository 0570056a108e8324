package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings build} into the folder of an earlier build: only what changed is rendered and written. */
final class BuildReuseTest {
    @TempDir
    Path content;
    @TempDir
    Path out;
    @TempDir
    Path state;

    @Test
    void aSecondBuildRendersAndWritesNothingAndAnEditRewritesOnlyTheFeedsOfItsArticle() throws Exception {
        write("a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [alpha]\n---\nA, with $x^2$.\n");
        write("b.md", "---\ntitle: B\ndate: 2024-01-02\ntags: [beta]\n---\nB.\n");
        write("c.md", "---\ntitle: C\ndate: 2024-01-03\ntags: [alpha]\n---\nC.\n");
        String first = build();
        assertThat(first).contains("rendered ").contains(", kept 0 as they were");
        Map<String, FileTime> built = times();
        assertThat(built).containsKeys("feed.atom", "feed.atom.gz", "tags/alpha/feed.rss", "tags/beta/archive/1.json",
                "math-images/tags/alpha/feed.atom");
        assertThat(built.keySet()).anyMatch(path -> path.startsWith("formulas/") && path.endsWith(".svg"));

        String again = build();
        assertThat(again).as("nothing changed: nothing rendered, nothing written")
                .contains("(0 changed)").contains("rendered 0 documents").contains(", removed 0;");
        assertThat(times()).isEqualTo(built);

        write("b.md", "---\ntitle: B\ndate: 2024-01-02\ntags: [beta]\n---\nB, edited.\n");
        String edited = build();
        Map<String, FileTime> after = times();
        var rewritten = new TreeMap<String, FileTime>();
        after.forEach((path, time) -> {
            if (!time.equals(built.get(path))) {
                rewritten.put(path, time);
            }
        });
        assertThat(after.keySet()).isEqualTo(built.keySet());
        assertThat(rewritten).as("the documents that hold B, with their .gz twins").containsKeys("feed.atom",
                "feed.atom.gz", "feed.json", "archive/1.rss", "tags/beta/feed.atom", "tags/beta/archive/1.json.gz",
                "math-images/feed.rss", "math-images/tags/beta/feed.json.gz");
        assertThat(rewritten.keySet()).as("documents without B are left alone")
                .noneMatch(path -> path.contains("tags/alpha/") || path.contains("formulas/"));
        assertThat(edited).contains("(" + rewritten.size() + " changed)").doesNotContain("rendered 0 documents");
        assertThat(Files.readString(out.resolve("tags/beta/feed.atom"))).contains("B, edited.");
    }

    @Test
    void aFormulaImageLostFromTheFolderIsWrittenBackWithoutAStateFolder() throws Exception {
        write("a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [alpha]\n---\nA, with $x^2$ and $y_1$.\n");
        write("b.md", "---\ntitle: B\ndate: 2024-01-02\n---\nB, with $\\frac{1}{2}$.\n");
        build("none");
        Path svg = formulaImages().get(0);
        byte[] bytes = Files.readAllBytes(svg);
        byte[] gzip = Files.readAllBytes(Path.of(svg + ".gz"));
        Files.delete(svg);
        Files.delete(Path.of(svg + ".gz"));

        String again = build("none");
        assertThat(svg).as(again).exists();
        assertThat(Files.readAllBytes(svg)).isEqualTo(bytes);
        assertThat(Files.readAllBytes(Path.of(svg + ".gz"))).isEqualTo(gzip);
        assertThat(again).as("one document rendered again, for its formulas: the image's TeX is nowhere else")
                .contains("(2 changed)").contains("rendered 1 documents").contains(", removed 0;");
        assertThat(build("none")).contains("(0 changed)").contains("rendered 0 documents");
    }

    @Test
    void aFormulaImageLostFromTheFolderIsWrittenBackFromTheStateFolderWithoutRenderingADocument() throws Exception {
        write("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nA, with $x^2$.\n");
        build();
        Path svg = formulaImages().get(0);
        byte[] bytes = Files.readAllBytes(svg);
        Files.delete(svg);

        String again = build();
        assertThat(Files.readAllBytes(svg)).isEqualTo(bytes);
        assertThat(again).contains("(1 changed)").contains("rendered 0 documents");
    }

    private List<Path> formulaImages() throws Exception {
        try (Stream<Path> files = Files.list(out.resolve("formulas"))) {
            List<Path> svgs = files.filter(file -> file.toString().endsWith(".svg")).sorted().toList();
            assertThat(svgs).isNotEmpty();
            return svgs;
        }
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(content.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String build() {
        return build(state.toString());
    }

    private String build(String stateDir) {
        var printed = new StringWriter();
        int code = MainAccess.run(new String[] {"build", "--out", out.toString(), "--content", content.toString(),
            "--math", "tex", "--state-dir", stateDir}, printed);
        assertThat(code).as(printed.toString()).isZero();
        return printed.toString();
    }

    /** Every file of the export (not its records) by path, with its modification time. */
    private Map<String, FileTime> times() throws Exception {
        var times = new TreeMap<String, FileTime>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = out.relativize(file).toString();
                if (!path.startsWith(".tidings-export")) {
                    times.put(path, Files.getLastModifiedTime(file));
                }
            }
        }
        return times;
    }
}
