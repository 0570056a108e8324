package dev.tidings.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xml.sax.InputSource;

/**
 * What would change for the subscribers of a site's current feed (Atom or RSS, as its generator wrote it) if Tidings
 * served the collection instead: each of its entries whose id Tidings would give otherwise (readers would show the
 * article again, as new) or whose link would change, and each it cannot find. What {@code check --compare-feed}
 * prints. An entry is found by its id, else by its link, else by its title.
 */
public final class FeedComparison {
    private FeedComparison() {}

    /** An entry of the current feed: its id (RSS: the guid, else the link), link, title and date (if it says). */
    private record Old(String id, String link, String title, Optional<Instant> published) {}

    /**
     * One line for each entry that would change, then a last line with the counts. A feed that cannot be read is an
     * {@link IllegalArgumentException} naming {@code source}.
     *
     * @param source where the feed came from, for the messages (a file or a URL)
     */
    public static List<String> compare(Catalog catalog, byte[] feed, String source) {
        List<Old> entries = read(feed, source);
        Map<String, Article> byId = new HashMap<>();
        Map<String, Article> byLink = new HashMap<>();
        Map<String, Article> byTitle = new HashMap<>();
        for (Article article : catalog.articles()) {
            byId.putIfAbsent(article.id(), article);
            byLink.putIfAbsent(normal(article.permalink()), article);
            byTitle.putIfAbsent(article.title().strip(), article);
        }
        var lines = new ArrayList<String>();
        int ids = 0;
        int links = 0;
        int missing = 0;
        Set<Article> found = new HashSet<>();
        for (Old old : entries) {
            Article article = Optional.ofNullable(byId.get(old.id()))
                    .or(() -> Optional.ofNullable(byLink.get(normal(old.link()))))
                    .or(() -> Optional.ofNullable(byTitle.get(old.title().strip()))).orElse(null);
            if (article != null) {
                found.add(article);
            }
            String entry = source + ": '" + old.title() + "'";
            if (article == null) {
                missing++;
                lines.add(entry + " (id " + old.id() + "): no article of the collection has its id, link or title");
                continue;
            }
            if (!article.id().equals(old.id())) {
                ids++;
                lines.add(entry + ": the id would change from " + old.id() + " to " + article.id() + " ("
                        + article.path() + "), and readers would show it again as new");
            }
            if (!article.permalink().equals(old.link())) {
                links++;
                lines.add(entry + ": the link would change from " + old.link() + " to " + article.permalink()
                        + " (" + article.path() + ")");
            }
        }
        // Articles the current feed would have shown but does not: as old as its oldest entry, or newer.
        Optional<Instant> oldest = entries.stream().flatMap(old -> old.published().stream()).min(Instant::compareTo);
        int added = 0;
        for (Article article : catalog.articles()) {
            if (!found.contains(article) && oldest.map(o -> !article.published().toInstant().isBefore(o)).orElse(false)) {
                added++;
                lines.add(source + ": '" + article.title() + "' (" + article.path() + ") is not in it, and readers "
                        + "would see it as new");
            }
        }
        lines.add("compared with the " + entries.size() + " entries of " + source + ": " + ids + " ids and " + links
                + " links would change, " + missing + " not found, " + added + " added");
        return lines;
    }

    private static List<Old> read(byte[] bytes, String source) {
        WireFeed feed;
        try {
            feed = new WireFeedInput().build(new InputSource(new ByteArrayInputStream(xml10(bytes))));
        } catch (FeedException | IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " is not an Atom or RSS feed Tidings can read: "
                    + e.getMessage(), e);
        }
        var entries = new ArrayList<Old>();
        if (feed instanceof Feed atom) {
            for (Entry entry : atom.getEntries()) {
                String link = entry.getAlternateLinks().stream().map(Link::getHrefResolved).findFirst().orElse("");
                entries.add(new Old(text(entry.getId()), link, entry.getTitle() == null ? "" : entry.getTitle(),
                        Optional.ofNullable(entry.getPublished()).or(() -> Optional.ofNullable(entry.getUpdated()))
                                .map(Date::toInstant)));
            }
        } else if (feed instanceof Channel rss) {
            for (Item item : rss.getItems()) {
                String link = text(item.getLink());
                String id = item.getGuid() == null ? link : text(item.getGuid().getValue());
                entries.add(new Old(id, link, text(item.getTitle()), Optional.ofNullable(item.getPubDate())
                        .map(Date::toInstant)));
            }
        }
        return entries;
    }

    /**
     * The feed without the control characters XML 1.0 forbids, which a generator may copy from an article into its feed
     * (Hugo does) and which make an XML parser refuse the whole file.
     */
    private static byte[] xml10(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String clean = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
        return clean.length() == text.length() ? bytes : clean.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Links matched without the difference between {@code http} and {@code https}, or a trailing slash. */
    private static String normal(String link) {
        String plain = link.strip().replaceFirst("^https?://", "//");
        return plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
