package dev.tidings;

import dev.tidings.content.Catalog;
import dev.tidings.content.Generator;
import dev.tidings.feed.FeedComparison;
import dev.tidings.math.MathMode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings check}: the problems and warnings of a collection, for a blog's CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = """
                Loads the collection as the server does and prints which settings a Hugo, Jekyll, Hexo or Zola site's \
                configuration gave, every problem, every formula that cannot be rendered and every link that \
                cannot follow the site generator's rule (warnings), and every feed that sends entries as summaries to \
                stay under max_feed_size, then a last line 'N articles, M problems'. Exits 1 if there is any \
                problem, so a blog's CI can run it.""")
final class CheckCommand implements Callable<Integer> {
    /** The exit code of check and build when the collection has problems. */
    static final int PROBLEMS = 1;

    @Spec
    private CommandSpec spec;
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Collection folder, as --content gives it")
    private Path dir;
    @Mixin
    private CollectionOptions collection;
    @Option(names = "--compare-feed", paramLabel = "URL_OR_FILE", description = {"The site's current feed (Atom or "
        + "RSS): report each entry whose id or link Tidings would change"})
    private String compareFeed;

    @Override
    public Integer call() {
        Config settings = collection.settings(dir);
        try (var parts = Wiring.open(settings, Runnable::run, false)) {
            Catalog catalog = parts.library().current();
            var out = spec.commandLine().getOut();
            if (!settings.fromSite().summary().isEmpty()) {
                out.println(settings.fromSite().summary());  // where the settings came from, before what is wrong
            }
            settings.fromSite().warnings().forEach(out::println);
            catalog.problems().forEach(problem -> out.println(problem.getMessage()));
            catalog.warnings().forEach(out::println);
            // Bodies are rendered only where they can hold something to warn about: formulas for MathML, a
            // generator's template syntax. KaTeX has a context per core: use them all.
            MathMode math = settings.feeds().math();
            if (math == MathMode.MATHML || settings.site().conventions().generator() != Generator.NONE) {
                catalog.articles().parallelStream().map(article -> parts.bodies().check(article, math)).toList()
                        .forEach(warnings -> warnings.forEach(out::println));
            }
            parts.feeds().trimmed().forEach(out::println);
            if (compareFeed != null) {
                FeedComparison.compare(catalog, CurrentFeed.read(compareFeed), compareFeed).forEach(out::println);
            }
            out.println(counts(catalog));
            out.flush();
            return catalog.problems().isEmpty() ? 0 : PROBLEMS;
        }
    }

    /** {@code N articles, M problems}: the last line of {@code check} and {@code build}. */
    static String counts(Catalog catalog) {
        int articles = catalog.articles().size();
        int problems = catalog.problems().size();
        return articles + (articles == 1 ? " article, " : " articles, ") + problems
                + (problems == 1 ? " problem" : " problems");
    }
}
