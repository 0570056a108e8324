package dev.tidings;

import dev.tidings.content.ContentException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/** The {@code tidings} command: wiring only. */
@Command(name = "tidings", mixinStandardHelpOptions = true, version = "Tidings 0.1",
        description = "Serves Atom, RSS and JSON feeds for a folder of Markdown articles.",
        subcommands = {ServeCommand.class, CheckCommand.class, BuildCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Each command lists the settings it reads: 'tidings help serve' shows every one of them.",
            "Every setting can also come from a TIDINGS_* environment variable (--base-url: TIDINGS_BASE_URL)",
            "or from tidings.yml in the collection folder (base_url: ...). Flags win over the environment,",
            "which wins over tidings.yml, which wins over the defaults."})
public final class Main implements Runnable, CommandSettings {
    static final int USAGE = 2;

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

    @Override
    public Config config(CommandSpec spec, Path dir, Path configFile) {
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
}
