package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Bodies;
import dev.tidings.content.Catalog;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;

/**
 * The articles' words in a Lucene index, in memory or kept in a folder across restarts: one document per article file
 * ({@link IndexedArticles}), kept in step with the catalog by {@link #sync}, which analyses only the articles whose
 * text differs from the one the index holds (after a restart, those of the files changed meanwhile). Words are what
 * {@link SmartChineseAnalyzer} makes of the text: Chinese segmented into words by its hidden Markov model, other text
 * split at spaces and punctuation, lower-cased and Porter-stemmed ({@code sampling} → {@code sampl}). Thread-safe:
 * syncs are serialised, searches never wait for them. A sync of many articles analyses them on every core.
 */
final class SearchIndex implements Closeable {
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final IndexedArticles documents;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile Numbered numbered = new Numbered(List.of(), new int[0]);
    private Map<String, Article> indexed = Map.of();  // guarded by this
    private volatile long version = -1;

    /** @param folder where the index is kept across restarts (what it holds is checked at the first sync); or memory */
    SearchIndex(Bodies bodies, Optional<Path> folder) {
        this.documents = new IndexedArticles(bodies);
        this.writer = IndexFolder.open(folder, analyzer);
        try {
            this.searchers = new SearcherManager(writer, null);
            IndexSearcher searcher = searchers.acquire();
            try {
                documents.read(searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the search index", e);
        }
    }

    /** The version of the catalog the index holds; -1 before the first {@link #sync}. */
    long version() {
        return version;
    }

    /**
     * Makes the index hold {@code catalog}'s articles: analyses those whose text the index does not hold, removes those
     * gone; how many it analysed. Kept in a folder, the index is committed after each sync.
     */
    synchronized int sync(Catalog catalog) {
        Map<String, Article> now = catalog.articles().stream()
                .collect(Collectors.toMap(Article::path, Function.identity(), (first, second) -> first));
        List<Article> changed = now.values().stream()
                .filter(article -> !article.equals(indexed.get(article.path())))  // an edited file has a new source
                .toList();
        var analysed = new AtomicInteger();
        try {
            Parallel.each(changed, article -> {
                Optional<Document> document = documents.changed(article);
                if (document.isPresent()) {
                    writer.updateDocument(new Term(IndexedArticles.PATH, article.path()), document.get());
                    documents.indexed(document.get());
                    analysed.incrementAndGet();
                }
            });
            for (String path : documents.paths()) {
                if (!now.containsKey(path)) {
                    writer.deleteDocuments(new Term(IndexedArticles.PATH, path));
                    documents.removed(path);
                }
            }
            searchers.maybeRefreshBlocking();
            writer.commit();  // nothing to write when in memory
        } catch (IOException e) {
            throw new UncheckedIOException("could not index catalog " + catalog.version(), e);
        }
        indexed = now;
        version = catalog.version();
        notifyAll();
        return analysed.get();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    /** Waits up to {@code millis} for the index to hold catalog {@code wanted} or a later one; whether it does. */
    synchronized boolean await(long wanted, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (version < wanted && System.currentTimeMillis() < until) {
            wait(Math.max(1, until - System.currentTimeMillis()));
        }
        return version >= wanted;
    }

    /**
     * The first {@code limit} of {@code articles} (from {@code catalog}, in their order) having every word of
     * {@code query}; empty if the query makes no word of the index. The index holds {@code catalog} or a later one (an
     * article whose date the later one changed may then be missed or found out of place, in that one answer).
     */
    Optional<List<Article>> matching(Catalog catalog, List<Article> articles, String query, int limit) {
        return SearchQuery.parse(analyzer, IndexedArticles.TEXT, query).map(parsed -> {
            List<Article> all = catalog.articles();
            IntPredicate wanted = articles == all ? position -> true  // else a category's, tag's or author's
                    : position -> Collections.binarySearch(articles, all.get(position), Catalog.NEWEST_FIRST) >= 0;
            var found = new BitSet(all.size());
            search(parsed, query, new NewestCollector(positions(catalog), wanted, limit, found));
            var chosen = new ArrayList<Article>(Math.min(limit, 64));
            for (int i = found.nextSetBit(0); i >= 0 && chosen.size() < limit; i = found.nextSetBit(i + 1)) {
                chosen.add(all.get(i));
            }
            return chosen;
        });
    }

    private void search(Query parsed, String query, NewestCollector collector) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                searcher.search(parsed, collector);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not search the index for '" + query + "'", e);
        }
    }

    /** By document number, where its article is in {@code catalog} (-1 for none): made once per catalog. */
    private int[] positions(Catalog catalog) {
        Numbered known = numbered;
        if (known.articles() == catalog.articles()) {
            return known.positions();
        }
        List<Article> articles = catalog.articles();
        var positions = new int[documents.size()];
        Arrays.fill(positions, -1);
        for (int i = 0; i < articles.size(); i++) {
            int number = documents.known(articles.get(i).path());
            if (number >= 0 && number < positions.length) {
                positions[number] = i;
            }
        }
        numbered = new Numbered(articles, positions);  // never changed once published
        return positions;
    }

    /** @param positions by document number, the article's position in {@code articles}; -1 for none */
    private record Numbered(List<Article> articles, int[] positions) {}
}
