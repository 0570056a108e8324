package dev.tidings.math;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Source;

/**
 * MathJax 3 (from its webjar): TeX in, SVG out, with its liteDOM adaptor instead of a browser, in GraalJS, sandboxed
 * (no host access, no I/O). Glyphs are paths of MathJax's TeX fonts, so an image needs no font; text MathJax's fonts
 * lack (Chinese in {@code \text{}}) is SVG text in the reader's own serif font. Each formula is rendered on its own:
 * what one defines ({@code \newcommand}, {@code \label}) is forgotten before the next. Thread-safe: each call borrows
 * one of its contexts.
 */
final class MathJaxEngine implements TexEngine {
    static final String VERSION = "3.2.2";  // the webjar's, pinned in the pom
    private static final String ROOT = "/META-INF/resources/webjars/mathjax/" + VERSION + "/es5/";
    /** The components MathJax's own tex-svg-full.js combines, less the speech rule engine (it needs a browser). */
    private static final List<String> COMPONENTS = List.of("startup.js", "core.js", "input/tex-full.js",
            "output/svg.js", "output/svg/fonts/tex.js", "adaptors/liteDOM.js");
    private static final String CONFIG = """
            var MathJax = {loader: {load: []}, startup: {typeset: false, ready: function () {}},
                svg: {fontCache: 'local'}, tex: {formatError: function (jax, error) { throw error; }}};""";
    /** What \\newcommand, \\DeclareMathOperator and their kin add, dropped after each formula (MathJax keeps them). */
    private static final String RENDER = """
            MathJax.startup.defaultReady();
            (function () {
              var handler = MathJax._.input.tex.MapHandler.MapHandler;
              var maps = ['new-Command', 'new-Delimiter', 'new-Environment', 'ams-declare-ops',
                  'mathtools-paired-delims'].map(function (name) { return handler.getMap(name); })
                  .filter(function (map) { return map; });
              var builtIn = maps.map(function (map) { return new Set(map.map.keys()); });
              function forget() {
                MathJax.texReset();
                maps.forEach(function (map, i) {
                  Array.from(map.map.keys()).forEach(function (key) {
                    if (!builtIn[i].has(key)) { map.map.delete(key); }
                  });
                });
              }
              return function (tex, display) {
                try {
                  return MathJax.startup.adaptor.innerHTML(MathJax.tex2svg(tex, {display: display}));
                } finally {
                  forget();
                }
              };
            })()""";

    private static final Pattern TEXT_TAG = Pattern.compile(
            "\\\\tag\\*\\{\\\\text\\{((?:\\{\\\\char\"[0-9A-F]+}|[^{}])*)}}");
    private static final Pattern PLAIN = Pattern.compile("[^\\\\{}$%#&^_~]*");

    private final JsContexts contexts;

    private MathJaxEngine(JsContexts contexts) {
        this.contexts = contexts;
    }

    /** Starts GraalJS and evaluates MathJax in each context: about ten seconds each on a stock JDK (interpreted). */
    static MathJaxEngine start(int contexts) {
        var scripts = new ArrayList<Source>();
        scripts.add(Source.create("js", CONFIG));
        COMPONENTS.forEach(file -> scripts.add(JsContexts.script(ROOT + file)));
        return new MathJaxEngine(JsContexts.start(contexts, scripts, RENDER));
    }

    /** MathJax's {@code <svg>} for {@code tex}, or a {@link KatexEngine.Failure} with MathJax's message. */
    @Override
    public String render(String tex, boolean display) {
        return contexts.call(textTags(tex), display,
                e -> "MathJax: " + e.getMessage().replaceAll("\\s+", " ").strip(), KatexEngine.Failure::new);
    }

    /**
     * The equation numbers {@link EquationNumbers} writes for KaTeX, {@code \tag*{\text{(1)}}}, as MathJax takes
     * them: a tag's argument is text already, where {@code \text} is an error. A number with characters that text
     * would read as TeX is left as it is (and fails).
     */
    static String textTags(String tex) {
        return TEXT_TAG.matcher(tex).replaceAll(tag -> {
            String text = TexText.literal(tag.group(1));
            return Matcher.quoteReplacement(PLAIN.matcher(text).matches() ? "\\tag*{" + text + "}" : tag.group());
        });
    }

    @Override
    public void close() {
        contexts.close();
    }
}
