package dev.tidings;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The collection a command works on, {@code --content DIR} and {@code --config FILE}, with the other settings. */
final class CollectionOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;
    @Option(names = "--content", paramLabel = "DIR", description = {"Collection folder",
        "TIDINGS_CONTENT · default: the bundled sample"})
    private Path content;
    @Option(names = "--config", paramLabel = "FILE", description = {"Settings file",
        "TIDINGS_CONFIG · default: DIR/tidings.yml"})
    private Path config;

    /** Every setting of the command, from its flags, the environment and tidings.yml. */
    Config settings() {
        return CommandSettings.of(command).config(command, content, config);
    }

    /** The same, with the collection folder given as an argument instead (when it is not null). */
    Config settings(Path folder) {
        return CommandSettings.of(command).config(command, folder == null ? content : folder, config);
    }
}
