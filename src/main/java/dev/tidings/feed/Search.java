package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Bodies;
import java.util.Arrays;
import java.util.List;

/** The query language of {@code ?q=}: articles whose title, categories, tags or text contain every word. Thread-safe. */
final class Search {
    private final Bodies bodies;

    Search(Bodies bodies) {
        this.bodies = bodies;
    }

    /** The articles (in their order) matching {@code query}, normalised ({@link Window#normalise}). */
    List<Article> matching(List<Article> articles, String query) {
        String[] words = query.split(" ");
        return articles.stream().filter(article -> {
            String text = Window.normalise(article.title() + " " + String.join(" ", article.categories()) + " "
                    + String.join(" ", article.tags()) + " " + bodies.text(article));
            return Arrays.stream(words).allMatch(text::contains);
        }).toList();
    }
}
