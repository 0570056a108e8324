package dev.tidings.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The delimiters a theme's MathJax or KaTeX configuration sets, read from the site's and its theme's templates and
 * scripts where they are written out: MathJax's {@code inlineMath: [['$','$'], ['\\(','\\)']]} and
 * {@code displayMath} (each defaulting to MathJax's own when the other is given; {@code {'[+]': […]}} adds to them,
 * as NexT writes it), {@code processEscapes} and
 * {@code processEnvironments} (v2's {@code tex2jax} escapes nothing unless told), or KaTeX auto-render's
 * {@code renderMathInElement(…, {delimiters: [{left: '$', right: '$', display: false}, …]})} (or its defaults). A
 * value a template computes ({@code {{ .Site.Params.math | jsonify }}}) cannot be read, and neither can a theme that is
 * not in the site's folders (a Hugo module, a gem): Tidings then guesses ({@link MathDelimiters#GUESSED}).
 */
final class ThemeScripts {
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "js", "mjs", "ejs", "njk", "swig", "pug",
            "liquid", "jsx", "ts", "vue", "astro");
    private static final int MAX_FILES = 5000;
    private static final long MAX_BYTES = 1 << 20;
    // MathJax 3's "[+]" adds to its defaults: inlineMath: {'[+]': [['$', '$']]}
    private static final Pattern MATHJAX = Pattern.compile(
            "\\b(inlineMath|displayMath)[\"']?\\s*:\\s*(\\{\\s*[\"']\\[\\+]['\"]\\s*:\\s*)?(?=\\[)");
    private static final Pattern KATEX = Pattern.compile("renderMathInElement\\s*\\(");
    private static final Pattern KATEX_DELIMITERS = Pattern.compile("\\bdelimiters[\"']?\\s*:\\s*(?=\\[)");

    private ThemeScripts() {}

    /** The delimiters written in the first file under {@code folders} (in order, each walked by path) that sets any. */
    static Optional<MathDelimiters> read(List<Path> folders) {
        int seen = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            for (Path file : files(folder)) {
                if (seen++ >= MAX_FILES) {
                    return Optional.empty();
                }
                Optional<MathDelimiters> found = delimiters(text(file));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The delimiters {@code script} configures, if it configures MathJax's or KaTeX's in a way that can be read. */
    static Optional<MathDelimiters> delimiters(String script) {
        Matcher mathJax = MATHJAX.matcher(script);
        List<MathDelimiters.Pair> inline = null;
        List<MathDelimiters.Pair> display = null;
        while (mathJax.find()) {
            Optional<List<MathDelimiters.Pair>> pairs = ScriptLiteral.pairs(script, mathJax.end(),
                    mathJax.group(1).equals("displayMath"));
            if (pairs.isEmpty()) {
                return Optional.empty();  // a value the template computes: nothing can be read here
            }
            boolean isInline = mathJax.group(1).equals("inlineMath");
            List<MathDelimiters.Pair> given = mathJax.group(2) == null ? pairs.get()
                    : join(MathDelimiters.MATHJAX.pairs(!isInline), pairs.get());
            if (isInline) {
                inline = given;
            } else {
                display = given;
            }
        }
        if (inline != null || display != null) {
            boolean v2 = script.contains("tex2jax");
            MathDelimiters defaults = MathDelimiters.MATHJAX;
            return Optional.of(new MathDelimiters(join(inline != null ? inline : defaults.pairs(false),
                    display != null ? display : defaults.pairs(true)), flag(script, "processEnvironments", true),
                    flag(script, "processEscapes", !v2), false, false));
        }
        if (KATEX.matcher(script).find()) {
            Matcher given = KATEX_DELIMITERS.matcher(script);
            return (given.find() ? ScriptLiteral.katexPairs(script, given.end()) : Optional.of(ScriptLiteral.KATEX))
                    .map(pairs -> new MathDelimiters(pairs, false, false, true, false));
        }
        return Optional.empty();
    }

    private static boolean flag(String script, String name, boolean otherwise) {
        Matcher m = Pattern.compile("\\b" + name + "[\"']?\\s*:\\s*(true|false)\\b").matcher(script);
        return m.find() ? m.group(1).equals("true") : otherwise;
    }

    private static List<MathDelimiters.Pair> join(List<MathDelimiters.Pair> a, List<MathDelimiters.Pair> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> paths = Files.walk(folder, 8)) {
            return paths.filter(Files::isRegularFile).filter(ThemeScripts::isScript).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();  // an unreadable theme is a theme we cannot read: Tidings guesses
        }
    }

    private static boolean isScript(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        try {
            return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT))
                    && Files.size(file) <= MAX_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    private static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
