package dev.tidings;

import dev.tidings.feed.Export;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidings build}: every feed written as files, for a static host. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = """
                Writes every feed the server would serve (all formats, every category, tag and author, the archive \
                pages, the feed list and the OPML) as files with .gz twins, byte for byte what 'serve' answers, for \
                nginx's gzip_static or any static host. Removes files an earlier build wrote that no longer exist.""")
final class BuildCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to")
    private Path out;
    @Mixin
    private CollectionOptions collection;

    @Override
    public Integer call() {
        Config settings = collection.settings();
        try (var parts = Wiring.open(settings, Runnable::run, false)) {
            Export.Result result = Export.write(parts.feeds(), out);
            var catalog = parts.library().current();
            var printed = spec.commandLine().getOut();
            catalog.problems().forEach(problem -> printed.println(problem.getMessage()));
            printed.println("wrote " + result.written() + " files to " + out + ", removed " + result.removed()
                    + "; " + CheckCommand.counts(catalog));
            printed.flush();
            return catalog.problems().isEmpty() ? 0 : CheckCommand.PROBLEMS;
        }
    }
}
