package dev.tidings;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command gets its settings: the {@code tidings} command (with the environment it was run in) reads them from
 * the command's flags, the environment and tidings.yml. Commands reach it through their parent, so that they need not
 * know the class that runs them.
 */
interface CommandSettings {
    /**
     * The settings of the command {@code spec} describes, with the collection folder and settings file it was given
     * (either may be null: not given).
     */
    Config config(CommandSpec spec, Path dir, Path configFile);

    /** The settings source of the command {@code spec} describes: its parent command. */
    static CommandSettings of(CommandSpec spec) {
        return (CommandSettings) spec.parent().userObject();
    }
}
