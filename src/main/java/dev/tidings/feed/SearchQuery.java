package dev.tidings.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import java.util.Optional;

/** A search in the index's terms: the query made into words as the index's text was, every one of them required. */
final class SearchQuery {

    /** The query requiring in {@code field} every word {@code analyzer} makes of {@code query}; empty if none. */
    static Optional<Query> parse(Analyzer analyzer, String field, String query) {
        var every = new BooleanQuery.Builder();
        int words = 0;
        try (TokenStream tokens = analyzer.tokenStream(field, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                every.add(new TermQuery(new Term(field, term.toString())), BooleanClause.Occur.FILTER);
                words++;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("could not analyse the query '" + query + "'", e);  // a String never fails
        }
        return words == 0 ? Optional.empty() : Optional.of(new ConstantScoreQuery(every.build()));
    }

    private SearchQuery() {}
}
