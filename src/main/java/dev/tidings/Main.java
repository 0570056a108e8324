package dev.tidings;

import dev.tidings.content.Catalog;
import dev.tidings.content.ContentException;
import dev.tidings.content.Bodies;
import dev.tidings.content.BodyStore;
import dev.tidings.content.Library;
import dev.tidings.feed.EntryContent;
import dev.tidings.feed.Export;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.Feeds;
import dev.tidings.feed.HubNotifier;
import dev.tidings.feed.Selection;
import dev.tidings.http.FeedServer;
import dev.tidings.math.Formulas;
import dev.tidings.math.MathMode;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code tidings} command: wiring only. */
@Command(name = "tidings", mixinStandardHelpOptions = true, version = "Tidings 0.1",
        description = "Serves Atom, RSS and JSON feeds for a folder of Markdown articles.",
        subcommands = {Main.Serve.class, Main.Check.class, Main.Build.class, CommandLine.HelpCommand.class},
        footer = {"", "Each command lists the settings it reads: 'tidings help serve' shows every one of them.",
            "Every setting can also come from a TIDINGS_* environment variable (--base-url: TIDINGS_BASE_URL)",
            "or from tidings.yml in the collection folder (base_url: ...). Flags win over the environment,",
            "which wins over tidings.yml, which wins over the defaults."})
public final class Main implements Runnable {
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    /** Memory for rendered formulas (and the most the state folder keeps of them). */
    private static final long FORMULA_CACHE = 32L << 20;

    private final Map<String, String> env;
    @Spec
    private CommandSpec spec;

    private Main(Map<String, String> env) {
        this.env = env;
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("check") || args[0].equals("build"))) {
            // check prints each problem itself; the library's log lines would repeat them
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        System.exit(run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Wide enough that no variable-and-default line of a description wraps: a default cut in two ({@code http:} /
     * {@code //localhost:<port>/}) cannot be copied. Picocli breaks the description column at punctuation as well as
     * at spaces, so the column must hold each of those lines whole.
     */
    private static final int USAGE_WIDTH = 100;
    /** Fits {@code --max-feed-size=VALUE}: a longer option would push its description down a line. */
    private static final int LONGEST_OPTION = 22;

    /** Runs the command line as {@code main} does, with the given environment and streams; returns the exit code. */
    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new Main(env));
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            for (Setting<?> setting : Settings.ALL) {
                if (setting.readBy(sub.getCommandName())) {
                    sub.getCommandSpec().addOption(OptionSpec.builder(setting.flag()).paramLabel("VALUE")
                            .type(String.class)
                            .description(setting.meaning(), origin(setting.env(), setting.fallback()))
                            .build());
                }
            }
        }
        return commandLine.setUsageHelpWidth(USAGE_WIDTH).setUsageHelpLongOptionsMaxWidth(LONGEST_OPTION)
                .setOut(out).setErr(err)
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    if (e instanceof IllegalArgumentException || e instanceof ContentException) {
                        cl.getErr().println(e.getMessage());
                        return USAGE;
                    }
                    throw e;
                })
                .execute(args);
    }

    /** The second line of an option's description: {@code TIDINGS_PORT · default: 8080}, no default if it has none. */
    private static String origin(String variable, String fallback) {
        return fallback.isEmpty() ? variable : variable + " · default: " + fallback;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Settings from the flags, the environment and tidings.yml, with the collection folder and settings file. */
    private Config config(CommandSpec spec, Path dir, Path configFile) {
        Map<String, String> flags = flags(spec);
        if (dir != null) {
            flags.put("content", dir.toString());
        }
        if (configFile != null) {
            flags.put("config", configFile.toString());
        }
        return Config.load(flags, env);
    }

    /** Values given on the command line for the settings, by setting key. */
    private static Map<String, String> flags(CommandSpec spec) {
        var flags = new HashMap<String, String>();
        var parsed = spec.commandLine().getParseResult();
        for (Setting<?> setting : Settings.ALL) {
            String value = parsed.matchedOptionValue(setting.flag(), null);
            if (value != null) {
                flags.put(setting.key(), value);
            }
        }
        return flags;
    }

    /**
     * What every command runs on, made once and wired here: one meter registry, one formula renderer (one TeX engine),
     * the body store, the library that loads the collection into it, the body pipeline and the feeds.
     */
    private record Parts(PrometheusMeterRegistry registry, Formulas formulas, BodyStore store, Library library,
                         Bodies bodies, Feeds feeds) implements AutoCloseable {
        /**
         * @param executor   where the feed cache does its upkeep
         * @param startEarly on a first start (no formulas kept), start the TeX engine now, while the articles load
         */
        static Parts open(Config settings, Executor executor, boolean startEarly) {
            var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            var formulas = Formulas.open(FORMULA_CACHE, settings.stateDir());
            formulas.bindMetrics(registry);
            if (startEarly && settings.feeds().math() == MathMode.MATHML && formulas.loaded() == 0) {
                // The engine takes seconds to start: overlap that with loading the articles. Otherwise it starts
                // after the port opens, or at a new formula.
                formulas.start();
            }
            var store = BodyStore.open();
            Library library = Library.load(settings.content(), settings.site(), store, registry);
            var bodies = new Bodies(store, settings.site(), formulas,
                    settings.feeds().content() == EntryContent.FULL, registry);
            var feeds = new Feeds(library, bodies, settings.site(), settings.feeds(), executor, registry);
            return new Parts(registry, formulas, store, library, bodies, feeds);
        }

        @Override
        public void close() {
            library.close();
            store.close();
            formulas.close();
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Serves the feeds of a collection over HTTP, reloading articles as they change. With no "
                    + "options: the bundled sample blog on http://localhost:8080/.")
    static final class Serve implements Callable<Integer> {
        private static final Logger log = LoggerFactory.getLogger("tidings");

        @ParentCommand
        private Main main;
        @Spec
        private CommandSpec spec;
        @Option(names = "--content", paramLabel = "DIR", description = {"Collection folder",
            "TIDINGS_CONTENT · default: the bundled sample"})
        private Path content;
        @Option(names = "--config", paramLabel = "FILE", description = {"Settings file",
            "TIDINGS_CONFIG · default: DIR/tidings.yml"})
        private Path config;

        @Override
        public Integer call() throws InterruptedException {
            Config settings = main.config(spec, content, config);
            var parts = Parts.open(settings, ForkJoinPool.commonPool(), true);
            Library library = parts.library();
            Feeds feeds = parts.feeds();
            Formulas formulas = parts.formulas();
            if (!settings.feeds().hub().isEmpty()) {
                var notifier = new HubNotifier(feeds, settings.feeds().hub(), Duration.ofSeconds(2), 6);
                library.onChange(notifier::changed);
            }
            long warming = System.nanoTime();
            feeds.warm();  // before the port opens, so that no reader waits for the TeX engine or a first render
            formulas.save();
            log.info("rendered the site's feeds in {} ms: {} formulas rendered, {} read from {}",
                    (System.nanoTime() - warming) / 1_000_000, formulas.rendered(), formulas.loaded(),
                    settings.stateDir().map(Path::toString).orElse("nowhere (state_dir: none)"));
            Javalin app = FeedServer.create(feeds, library, parts.registry(), settings.accessLog())
                    .start(settings.host(), settings.port());
            if (settings.feeds().math() == MathMode.MATHML) {
                // Not before the first readers are answered, but before an edit brings a new formula to render.
                formulas.startAfter(Duration.ofSeconds(10));
            }
            library.watch(Duration.ofMillis(100));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {  // SIGTERM: finish in-flight responses, then stop
                app.stop();
                parts.close();  // and the formulas keep what was rendered since the last save
            }, "tidings-shutdown"));
            var catalog = library.current();
            log.info("Tidings is serving {} articles ({} problems) from {} on http://{}:{}/ (math as {}, Java {})",
                    catalog.articles().size(), catalog.problems().size(), settings.content(), settings.host(),
                    app.port(), settings.feeds().math().setting(), Runtime.version().feature());
            for (FeedFormat format : FeedFormat.values()) {
                log.info("  {}", feeds.url(format, Selection.all(), catalog));
            }
            log.info("  every feed: {}", settings.feeds().feedsUrl());
            app.jettyServer().server().join();
            return 0;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Writes every feed the server would serve (all formats, every category, tag and author, "
                    + "the archive pages, the feed list and the OPML) as files with .gz twins, byte for byte what "
                    + "'serve' answers, for nginx's gzip_static or any static host. Removes files an earlier build "
                    + "wrote that no longer exist.")
    static final class Build implements Callable<Integer> {
        @ParentCommand
        private Main main;
        @Spec
        private CommandSpec spec;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to")
        private Path out;
        @Option(names = "--content", paramLabel = "DIR", description = {"Collection folder",
            "TIDINGS_CONTENT · default: the bundled sample"})
        private Path content;
        @Option(names = "--config", paramLabel = "FILE", description = {"Settings file",
            "TIDINGS_CONFIG · default: DIR/tidings.yml"})
        private Path config;

        @Override
        public Integer call() {
            Config settings = main.config(spec, content, config);
            try (var parts = Parts.open(settings, Runnable::run, false)) {
                Export.Result result = Export.write(parts.feeds(), out);
                var catalog = parts.library().current();
                var printed = spec.commandLine().getOut();
                catalog.problems().forEach(problem -> printed.println(problem.getMessage()));
                printed.println("wrote " + result.written() + " files to " + out + ", removed " + result.removed()
                        + "; " + counts(catalog));
                printed.flush();
                return catalog.problems().isEmpty() ? 0 : PROBLEMS;
            }
        }
    }

    /** {@code N articles, M problems}: the last line of {@code check} and {@code build}. */
    private static String counts(Catalog catalog) {
        int articles = catalog.articles().size();
        int problems = catalog.problems().size();
        return articles + (articles == 1 ? " article, " : " articles, ") + problems
                + (problems == 1 ? " problem" : " problems");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Loads the collection as the server does and prints every problem, every formula that "
                    + "cannot be rendered (a warning), and every feed that sends entries as summaries to stay under "
                    + "max_feed_size, then a last line 'N articles, M problems'. Exits 1 if there is any problem, so "
                    + "a blog's CI can run it.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        private Main main;
        @Spec
        private CommandSpec spec;
        @Parameters(arity = "0..1", paramLabel = "DIR", description = {"Collection folder",
            "TIDINGS_CONTENT · default: the bundled sample"})
        private Path dir;
        @Option(names = "--config", paramLabel = "FILE", description = {"Settings file",
            "TIDINGS_CONFIG · default: DIR/tidings.yml"})
        private Path config;

        @Override
        public Integer call() {
            Config settings = main.config(spec, dir, config);
            try (var parts = Parts.open(settings, Runnable::run, false)) {
                Catalog catalog = parts.library().current();
                var out = spec.commandLine().getOut();
                catalog.problems().forEach(problem -> out.println(problem.getMessage()));
                if (settings.feeds().math() == MathMode.MATHML) {  // KaTeX has a context per core: use them all
                    catalog.articles().parallelStream().map(parts.bodies()::check).toList()
                            .forEach(warnings -> warnings.forEach(out::println));
                }
                parts.feeds().trimmed().forEach(out::println);
                out.println(counts(catalog));
                out.flush();
                return catalog.problems().isEmpty() ? 0 : PROBLEMS;
            }
        }
    }
}
