package dev.tidings;

import java.time.DateTimeException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One setting, declared once in {@code Settings}: its key in tidings.yml ({@code base_url}), from which its flag
 * ({@code --base-url}) and variable ({@code TIDINGS_BASE_URL}) follow; what it means; its default; what a value must be
 * and how it is read; and which commands read it. {@code --help}, {@code Config.load} and the README's table (a test
 * holds it to these) all follow from the declaration. Immutable.
 *
 * @param expected what a value must be, in words that follow "must be": {@code a whole number from 0 to 65535}
 * @param parser   reads a value. It rejects one by throwing {@link IllegalArgumentException} (with a message only when
 *                 that message says what is wrong) or {@link DateTimeException}; anything else it throws is a bug
 * @param fallback the default as one would write it in tidings.yml, empty for none; or, when {@code computed}, the
 *                 default in words ({@code host of base_url}), as Config computes it from other values
 * @param commands the commands that read it, and so offer its flag
 */
record Setting<T>(String key, String meaning, String expected, Function<String, T> parser, String fallback,
                  boolean computed, Set<String> commands) {
    // Which commands read a setting: check loads the articles and renders their bodies and feeds' entries; build also
    // writes the feeds as they are published; serve also answers requests. A command offers only what it reads.
    static final Set<String> EVERY_COMMAND = Set.of("check", "build", "serve");
    static final Set<String> BUILD_AND_SERVE = Set.of("build", "serve");
    static final Set<String> SERVE_ONLY = Set.of("serve");

    Setting {
        commands = Set.copyOf(commands);
    }

    /** A setting every command reads, empty by default: see {@link #byDefault} and {@link #computedDefault}. */
    static <T> Setting<T> of(String key, String meaning, String expected, Function<String, T> parser) {
        return new Setting<>(key, meaning, expected, parser, "", false, EVERY_COMMAND);
    }

    /** This setting with the default {@code value}, read by the parser like any other value. */
    Setting<T> byDefault(String value) {
        return new Setting<>(key, meaning, expected, parser, value, false, commands);
    }

    /** This setting with a default that depends on other values, described in {@code words} for the help. */
    Setting<T> computedDefault(String words) {
        return new Setting<>(key, meaning, expected, parser, words, true, commands);
    }

    Setting<T> readBy(Set<String> readers) {
        return new Setting<>(key, meaning, expected, parser, fallback, computed, readers);
    }

    /** This setting with a further condition, which depends on another value: {@code expected} then says it all. */
    Setting<T> narrowed(String narrower, Predicate<T> allowed) {
        return new Setting<>(key, meaning, narrower, parser.andThen(value -> {
            if (!allowed.test(value)) {
                throw new IllegalArgumentException();
            }
            return value;
        }), fallback, computed, commands);
    }

    String flag() {
        return "--" + key.replace('_', '-');
    }

    String env() {
        return "TIDINGS_" + key.toUpperCase(Locale.ROOT);
    }

    boolean readBy(String command) {
        return commands.contains(command);
    }

    /**
     * The value {@code text}, which came from {@code origin} ({@code TIDINGS_PORT}, {@code tidings.yml:3: 'port'}).
     * A value the parser rejects is an {@link IllegalArgumentException} that names the origin, quotes the value, says
     * what was expected and adds the parser's reason: {@code … must be a path pattern like /posts/{slug}/, but was
     * '/posts/{title}/': {title} is not one of …}. Anything else the parser throws is a bug, and propagates as it is.
     */
    T parse(String text, String origin) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException(origin + " must be " + expected + ", but was '" + text + "'"
                    + reason(e), e);
        }
    }

    /** The rejection's own words, if any: the JDK's (NumberFormatException, DateTimeException) only repeat the value. */
    private static String reason(RuntimeException e) {
        return e.getClass() == IllegalArgumentException.class && e.getMessage() != null ? ": " + e.getMessage() : "";
    }
}
