package dev.tidings.feed;

import java.io.IOException;
import java.util.BitSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Sets the bit of the number every document a search matches carries (all of them, unscored). One per search. */
final class NumberCollector extends SimpleCollector {
    private final String field;
    private final BitSet numbers;
    private NumericDocValues values;

    /** @param field the numeric doc values field holding each document's number */
    NumberCollector(String field, BitSet numbers) {
        this.field = field;
        this.numbers = numbers;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = DocValues.getNumeric(context.reader(), field);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (values.advanceExact(doc)) {
            numbers.set((int) values.longValue());
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
