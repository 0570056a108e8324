package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Bodies;
import dev.tidings.content.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The articles' words in a Lucene index held in memory: one document per article file (its title, categories, tags and
 * body text with HTML tags and link targets left out), kept in step with the catalog by {@link #sync}, which re-indexes
 * only the articles that differ from the catalog indexed before. Words are what {@link SmartChineseAnalyzer} makes of
 * the text: Chinese segmented into words by its hidden Markov model, other text split at spaces and punctuation,
 * lower-cased and Porter-stemmed ({@code sampling} → {@code sampl}). Thread-safe: syncs are serialised, searches never
 * wait for them. A sync of many articles analyses them on every core.
 */
final class SearchIndex {
    private static final String PATH = "path";
    private static final String TEXT = "text";
    private static final String NUMBER = "number";
    private static final Pattern MARKUP = Pattern.compile("<[^<>\\n]*>|\\]\\([^()\\s]*\\)");  // tags, [text](target)
    private static final FieldType WORDS = words();

    private final Bodies bodies;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();  // by path, for good: a search's bit
    private final AtomicInteger next = new AtomicInteger();
    private volatile Numbered numbered = new Numbered(List.of(), Map.of());
    private Map<String, Article> indexed = Map.of();  // guarded by this
    private volatile long version = -1;

    SearchIndex(Bodies bodies) {
        this.bodies = bodies;
        try {
            this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the in-memory search index", e);
        }
    }

    /** The version of the catalog the index holds; -1 before the first {@link #sync}. */
    long version() {
        return version;
    }

    /** Makes the index hold {@code catalog}'s articles: adds, replaces, removes those that changed since the last. */
    synchronized void sync(Catalog catalog) {
        Map<String, Article> now = catalog.articles().stream()
                .collect(Collectors.toMap(Article::path, Function.identity(), (first, second) -> first));
        List<Article> changed = now.values().stream()
                .filter(article -> !article.equals(indexed.get(article.path())))  // an edited file has a new source
                .toList();
        try {
            Parallel.each(changed, article -> writer.updateDocument(new Term(PATH, article.path()), document(article)));
            for (String path : indexed.keySet()) {
                if (!now.containsKey(path)) {
                    writer.deleteDocuments(new Term(PATH, path));
                }
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("could not index catalog " + catalog.version(), e);
        }
        indexed = now;
        version = catalog.version();
        notifyAll();
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
     * {@code query}; empty if the query makes no word of the index. The index holds {@code catalog} or a later one.
     */
    Optional<List<Article>> matching(Catalog catalog, List<Article> articles, String query, int limit) {
        return SearchQuery.parse(analyzer, TEXT, query).map(parsed -> {
            BitSet found = found(parsed, query);
            Map<Article, Integer> numbered = numbered(catalog);
            var chosen = new ArrayList<Article>(Math.min(limit, 64));
            for (int i = 0; i < articles.size() && chosen.size() < limit; i++) {
                Integer number = numbered.get(articles.get(i));
                if (number != null && found.get(number)) {
                    chosen.add(articles.get(i));
                }
            }
            return chosen;
        });
    }

    private BitSet found(Query parsed, String query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                var found = new BitSet(next.get());
                searcher.search(parsed, new NumberCollector(NUMBER, found));
                return found;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not search the index for '" + query + "'", e);
        }
    }

    /** Each article of {@code catalog} by identity, to its document's number: made once per catalog searched. */
    private Map<Article, Integer> numbered(Catalog catalog) {
        Numbered known = numbered;
        if (known.articles() == catalog.articles()) {
            return known.numbers();
        }
        var numbers = new IdentityHashMap<Article, Integer>(catalog.articles().size() * 2);
        for (Article article : catalog.articles()) {
            Integer number = this.numbers.get(article.path());
            if (number != null) {
                numbers.put(article, number);
            }
        }
        numbered = new Numbered(catalog.articles(), numbers);  // never changed once published
        return numbers;
    }

    private record Numbered(List<Article> articles, Map<Article, Integer> numbers) {}

    private Document document(Article article) {
        var document = new Document();
        document.add(new StringField(PATH, article.path(), Field.Store.NO));
        int number = numbers.computeIfAbsent(article.path(), path -> next.getAndIncrement());
        document.add(new NumericDocValuesField(NUMBER, number));
        String text = String.join(" ", List.of(article.title(), String.join(" ", article.categories()),
                String.join(" ", article.tags()), MARKUP.matcher(bodies.text(article)).replaceAll(" ")));
        document.add(new Field(TEXT, Window.normalise(text), WORDS));
        return document;
    }

    private static FieldType words() {
        var type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);  // "every word" needs neither counts, positions nor scores
        type.setOmitNorms(true);
        type.setTokenized(true);
        type.freeze();
        return type;
    }
}
