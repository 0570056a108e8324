package dev.tidings.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the search index is written: a folder kept across restarts when there is one, else memory. A folder that
 * cannot be used — another server writes to it, it cannot be written, it holds no index this Lucene reads — is
 * replaced by an index in memory (said once in the log); one this Lucene cannot read, or one not sorted newest first
 * (kept by an earlier version), is started again empty. The index is sorted by {@link IndexedArticles#PUBLISHED},
 * newest first, so each segment lists its documents in the catalog's order.
 */
final class IndexFolder {
    private static final Logger log = LoggerFactory.getLogger(IndexFolder.class);

    /** A writer of the index in {@code folder}, or in memory. */
    static IndexWriter open(Optional<Path> folder, Analyzer analyzer) {
        if (folder.isPresent()) {
            try {
                return inFolder(folder.get(), analyzer);
            } catch (IOException | UncheckedIOException e) {
                log.warn("The search index is kept in memory only: {} cannot be used: {}", folder.get(), e.toString());
            }
        }
        try {
            return new IndexWriter(new ByteBuffersDirectory(), config(analyzer, IndexWriterConfig.OpenMode.CREATE));
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the in-memory search index", e);
        }
    }

    private static IndexWriter inFolder(Path folder, Analyzer analyzer) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            try {
                return new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException
                     | IllegalArgumentException e) {  // the last: "cannot change previous indexSort"
                log.info("The search index in {} is started again: {}", folder, e.toString());
                return new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(32)
                .setIndexSort(new Sort(new SortField(IndexedArticles.PUBLISHED, SortField.Type.LONG, true)));
    }

    private IndexFolder() {}
}
