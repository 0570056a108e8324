package dev.tidings.feed;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects the path of every document a search matches (all of them, unscored) into a set. One per search. */
final class PathCollector extends SimpleCollector {
    private final String field;
    private final Set<String> paths;
    private SortedDocValues values;

    /** @param field the sorted doc values field holding each document's path */
    PathCollector(String field, Set<String> paths) {
        this.field = field;
        this.paths = paths;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = DocValues.getSorted(context.reader(), field);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (values.advanceExact(doc)) {
            paths.add(values.lookupOrd(values.ordValue()).utf8ToString());
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
