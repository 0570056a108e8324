package dev.tidings.feed;

import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Image;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.tidings.content.Article;
import dev.tidings.content.Author;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Writes RSS 2.0. The only class that touches Rome's RSS beans; {@code atom:link rel=self}, {@code slash:comments} and
 * dates with numeric zones are set on the JDOM tree Rome produces. Thread-safe: builds fresh beans per call.
 */
final class RssWriter {
    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    static final Namespace SLASH = Namespace.getNamespace("slash", "http://purl.org/rss/1.0/modules/slash/");


    /** @param size the bytes it is expected to take: room to write it in */
    byte[] write(FeedDocument doc, int size) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(doc.title());
        channel.setLink(doc.homeUrl());
        channel.setDescription(doc.subtitle().isEmpty() ? doc.title() : doc.subtitle());
        channel.setLanguage(doc.language());
        channel.setLastBuildDate(Date.from(doc.updated().toInstant()));
        channel.setGenerator("Tidings");
        channel.setTtl(doc.ttlMinutes());
        if (!doc.rights().isEmpty()) {
            channel.setCopyright(doc.rights());
        }
        String imageUrl = doc.logo().isEmpty() ? doc.icon() : doc.logo();
        if (!imageUrl.isEmpty()) {
            var image = new Image();
            image.setUrl(imageUrl);
            image.setTitle(doc.title());
            image.setLink(doc.homeUrl());
            channel.setImage(image);
        }
        channel.setItems(doc.entries().stream().map(e -> item(e, doc)).toList());
        Document xml;
        try {
            xml = new WireFeedOutput().outputJDom(channel);
        } catch (FeedException e) {
            // Every string was validated and cleaned on load, so this is our bug, not bad content.
            throw new IllegalStateException("Rome could not write the RSS feed " + doc.selfUrl(), e);
        }
        decorate(xml, doc);
        return XmlBytes.of(xml, size);
    }

    private static Item item(FeedDocument.Entry entry, FeedDocument doc) {
        Article article = entry.article();
        var item = new Item();
        item.setTitle(article.title());
        item.setLink(article.permalink());
        var guid = new Guid();
        guid.setValue(article.id());
        guid.setPermaLink(article.id().equals(article.permalink()));
        item.setGuid(guid);
        item.setPubDate(Date.from(article.published().toInstant()));
        var categories = new ArrayList<Category>();
        article.categories().forEach(name -> categories.add(category(name, doc.categoryScheme())));
        article.tags().forEach(name -> categories.add(category(name, doc.tagScheme())));
        item.setCategories(categories);
        var description = new Description();
        description.setType("text/html");
        description.setValue(entry.full() ? entry.body().summary() : entry.teaser());
        item.setDescription(description);
        if (entry.full()) {
            var content = new Content();
            content.setType(Content.HTML);
            content.setValue(entry.body().html());
            item.setContent(content);
        }
        List<Author> authors = article.authors().isEmpty() ? doc.authors() : article.authors();
        var dc = new DCModuleImpl();
        dc.setCreators(authors.stream().map(Author::name).toList());
        item.setModules(List.of(dc));
        return item;
    }

    private static void decorate(Document xml, FeedDocument doc) {
        Element root = xml.getRootElement();
        root.addNamespaceDeclaration(ATOM);
        Element channel = root.getChild("channel");
        channel.getChild("lastBuildDate").setText(FeedDates.rfc822(doc.updated()));
        int at = channel.indexOf(channel.getChild("link")) + 1;
        channel.addContent(at++, atomLink("self", doc.selfUrl()));
        if (!doc.hub().isEmpty()) {
            Element hub = atomLink("hub", doc.hub());
            hub.removeAttribute("type");  // the hub is not an RSS document
            channel.addContent(at++, hub);
        }
        FeedDocument.Paging paging = doc.paging();
        for (String[] link : new String[][] {{"current", paging.current()}, {"prev-archive", paging.prevArchive()},
            {"next-archive", paging.nextArchive()}}) {
            if (!link[1].isEmpty()) {
                channel.addContent(at++, atomLink(link[0], link[1]));
            }
        }
        if (paging.archive()) {
            root.addNamespaceDeclaration(AtomWriter.HISTORY);
            channel.addContent(at, new Element("archive", AtomWriter.HISTORY));
        }
        if (doc.entries().stream().anyMatch(e -> e.article().hasComments())) {
            root.addNamespaceDeclaration(SLASH);
        }
        if (doc.entries().stream().anyMatch(e -> e.article().hasImage())) {
            root.addNamespaceDeclaration(AtomWriter.MEDIA);
        }
        List<Element> items = channel.getChildren("item");
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            Article article = doc.entries().get(i).article();
            item.getChild("pubDate").setText(FeedDates.rfc822(article.published()));
            if (article.hasComments()) {
                item.addContent(new Element("comments", SLASH).setText(Integer.toString(article.comments())));
            }
            if (article.hasImage()) {
                item.addContent(new Element("thumbnail", AtomWriter.MEDIA).setAttribute("url", article.image()));
            }
        }
    }

    private static Element atomLink(String rel, String href) {
        return new Element("link", ATOM).setAttribute("href", href).setAttribute("rel", rel)
                .setAttribute("type", FeedFormat.RSS.mediaType());
    }

    private static Category category(String name, String domain) {
        var category = new Category();
        category.setValue(name);
        category.setDomain(domain);
        return category;
    }
}
