package dev.tidings.content;

import dev.tidings.math.FormulaImages;
import dev.tidings.math.Formulas;
import dev.tidings.math.MathMode;
import dev.tidings.math.TexConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The pipeline's formula stage, for feeds that send formulas as MathML or as images: every formula the body marks up
 * rendered, and for MathML a warning for each one that cannot be (it is sent as its TeX). A warning's line is where
 * the formula's TeX first appears in the body's text, else where the body starts.
 */
final class MathStage {
    private final Formulas formulas;
    private final FormulaImages images;
    private final URI feedsUrl;
    private final TexConfig tex;

    /**
     * @param feedsUrl where the feeds, and so the formula images, are served
     * @param tex      the site's macros and numbering, which every article starts from
     */
    MathStage(Formulas formulas, FormulaImages images, URI feedsUrl, TexConfig tex) {
        this.formulas = formulas;
        this.images = images;
        this.feedsUrl = feedsUrl;
        this.tex = tex;
    }

    /** Formulas rendered: in the summary, and in the full text too when {@code fullText} (else it is never sent). */
    Result render(Article article, String text, Body body, boolean fullText, MathMode mode) {
        UnaryOperator<String> render = mode == MathMode.IMAGES ? html -> images.images(html, tex, feedsUrl)
                : html -> formulas.mathml(html, tex);
        String html = fullText ? render.apply(body.html()) : body.html();
        String summary = render.apply(body.summary());
        if (mode == MathMode.IMAGES) {
            return new Result(new Body(html, summary), List.of());  // check warns about them, for MathML
        }
        return new Result(new Body(html, summary), fullText ? check(article, text, body)
                : warnings(article, text, body.summary()));
    }

    /** The formula image whose hash is {@code hash}, if one was linked to. */
    Optional<String> image(String hash) {
        return images.file(hash);
    }

    /**
     * A warning for each formula of the whole body that cannot be rendered: the full text's, then the summary's (each
     * read on its own, as the article's page and the list's page read them), each formula once.
     */
    List<Warning> check(Article article, String text, Body body) {
        return java.util.stream.Stream.concat(warnings(article, text, body.html()).stream(),
                warnings(article, text, body.summary()).stream()).toList();
    }

    record Result(Body body, List<Warning> warnings) {}

    private List<Warning> warnings(Article article, String text, String html) {
        var warnings = new ArrayList<Warning>();
        int from = 0;  // problems come in the text's order: a formula is sought after the one before it
        for (Formulas.Problem problem : formulas.problems(html, tex)) {
            int after = text.indexOf(problem.tex(), from);
            int at = after >= 0 ? after : text.indexOf(problem.tex());
            from = at < 0 ? from : at + problem.tex().length();
            int line = article.source().bodyLine() + (at < 0 ? 0 : (int) text.substring(0, at).chars()
                    .filter(c -> c == '\n').count());
            warnings.add(new Warning(article.path(), line, "the formula '" + problem.tex().strip()
                    + "' cannot be rendered as MathML (" + problem.reason() + "); readers get its TeX"));
        }
        return warnings;
    }
}
