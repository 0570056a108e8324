package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Bodies;
import dev.tidings.content.Body;
import dev.tidings.math.MathMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A document's entries, each article with its rendered body from {@link Bodies}. Feeds share their newest articles, so
 * renders running side by side often need the same bodies, none of them cached yet after a start: a body another render
 * is taking at that moment is taken last, once that render has made it, so that two renders make the bodies they need
 * side by side instead of one waiting on each body the other makes. Thread-safe.
 */
final class Entries {
    private final Bodies bodies;
    private final Set<Taking> taking = ConcurrentHashMap.newKeySet();

    Entries(Bodies bodies) {
        this.bodies = bodies;
    }

    /** The entries of {@code chosen}, in order, full, with formulas as {@code math} asks. */
    List<FeedDocument.Entry> of(List<Article> chosen, MathMode math) {
        if (math != MathMode.TEX) {
            // Rendering formulas is the slow part, and KaTeX and MathJax have a context per core: use them all.
            return chosen.parallelStream().map(article -> entry(article, math)).toList();
        }
        var entries = new FeedDocument.Entry[chosen.size()];
        var later = new ArrayList<Integer>();
        for (int i = 0; i < entries.length; i++) {
            var mine = new Taking(chosen.get(i).source(), math);
            if (!taking.add(mine)) {
                later.add(i);
                continue;
            }
            try {
                entries[i] = entry(chosen.get(i), math);
            } finally {
                taking.remove(mine);
            }
        }
        later.forEach(i -> entries[i] = entry(chosen.get(i), math));  // made by now, or being made: waits for it
        return List.of(entries);
    }

    private FeedDocument.Entry entry(Article article, MathMode math) {
        Body body = bodies.body(article, math);
        return new FeedDocument.Entry(article, body, true, Wording.of(article.lang()).readMore());
    }

    /** A body a render is taking from {@link Bodies} (making it, if it is not cached) at this moment. */
    private record Taking(Article.Source source, MathMode math) {}
}
