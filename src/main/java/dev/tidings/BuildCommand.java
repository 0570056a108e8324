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
                nginx's gzip_static or any static host. Removes files an earlier build wrote that no longer exist. Renders on \
                every core; a document whose settings and articles did not change since the last build to the same \
                folder is not rendered again, and a file whose bytes did not change is not written again.""")
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
        try (var parts = Wiring.forBuild(settings)) {
            Export.Result result = Export.write(parts.feeds(), out, parts.bodies()::text, BuildInputs.of(settings));
            var catalog = parts.library().current();
            var printed = spec.commandLine().getOut();
            catalog.problems().forEach(problem -> printed.println(problem.getMessage()));
            printed.println("wrote " + result.written() + " files to " + out + " (" + result.changed() + " changed), removed "
                    + result.removed() + "; rendered " + result.rendered() + " documents, kept " + result.reused()
                    + " as they were; " + CheckCommand.counts(catalog));
            printed.flush();
            return catalog.problems().isEmpty() ? 0 : CheckCommand.PROBLEMS;
        }
    }
}
