package dev.tidings.feed;

import java.io.IOException;
import java.util.BitSet;
import java.util.function.IntPredicate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Sets the catalog position of the newest documents a search matches, at least {@code limit} of them if there are as
 * many. The index is sorted newest first ({@link IndexFolder}), so in each segment it takes the first {@code limit}
 * documents {@code wanted} accepts, and those after them dated the same (the catalog orders equal dates by more than
 * the date), then stops that segment: the newest {@code limit} of all are among what it set. A search of common words
 * at 100,000 articles so reads a few hundred documents, not the tens of thousands it matches. One per search.
 */
final class NewestCollector extends SimpleCollector {
    private final int[] positions;
    private final IntPredicate wanted;
    private final int limit;
    private final BitSet found;
    private NumericDocValues numbers;
    private NumericDocValues dates;
    private int taken;
    private long last;

    /**
     * @param positions by document number, its article's position in the catalog; -1 for none
     * @param wanted    whether the article at a position is one the search looks among
     * @param found     where the positions are set
     */
    NewestCollector(int[] positions, IntPredicate wanted, int limit, BitSet found) {
        this.positions = positions;
        this.wanted = wanted;
        this.limit = limit;
        this.found = found;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        numbers = DocValues.getNumeric(context.reader(), IndexedArticles.NUMBER);
        dates = DocValues.getNumeric(context.reader(), IndexedArticles.PUBLISHED);
        taken = 0;
    }

    @Override
    public void collect(int doc) throws IOException {
        long date = dates.advanceExact(doc) ? dates.longValue() : Long.MIN_VALUE;
        if (taken >= limit && date != last) {
            throw new CollectionTerminatedException();  // this segment has nothing newer left
        }
        if (!numbers.advanceExact(doc)) {
            return;
        }
        long number = numbers.longValue();
        int position = number < positions.length ? positions[(int) number] : -1;
        if (position >= 0 && wanted.test(position)) {
            found.set(position);
            taken++;
            last = date;
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
