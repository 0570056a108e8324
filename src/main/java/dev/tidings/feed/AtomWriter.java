package dev.tidings.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
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
 * Writes Atom 1.0 (RFC 4287). The only class that touches Rome's Atom beans; what Rome cannot express ({@code xml:lang},
 * {@code xml:base} on content, dates in their own offset, {@code thr:total}) is set on the JDOM tree it produces.
 * Thread-safe: builds fresh beans per call.
 */
final class AtomWriter {
    static final Namespace THREADING = Namespace.getNamespace("thr", "http://purl.org/syndication/thread/1.0");
    static final Namespace HISTORY = Namespace.getNamespace("fh", "http://purl.org/syndication/history/1.0");
    static final Namespace MEDIA = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    /** @param size the bytes it is expected to take: room to write it in */
    byte[] write(FeedDocument doc, int size) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(doc.id());
        feed.setTitleEx(text(doc.title()));
        if (!doc.subtitle().isEmpty()) {
            feed.setSubtitle(text(doc.subtitle()));
        }
        feed.setUpdated(Date.from(doc.updated().toInstant()));
        feed.setAlternateLinks(List.of(link("alternate", doc.homeUrl(), "text/html")));
        feed.setOtherLinks(otherLinks(doc));
        var generator = new Generator();
        generator.setValue("Tidings");
        feed.setGenerator(generator);
        feed.setAuthors(persons(doc.authors()));
        if (!doc.icon().isEmpty()) {
            feed.setIcon(doc.icon());
        }
        if (!doc.logo().isEmpty()) {
            feed.setLogo(doc.logo());
        }
        if (!doc.rights().isEmpty()) {
            feed.setRights(doc.rights());
        }
        feed.setEntries(doc.entries().stream().map(e -> entry(e, doc)).toList());
        Document xml;
        try {
            xml = new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            // Every string was validated and cleaned on load, so this is our bug, not bad content.
            throw new IllegalStateException("Rome could not write the Atom feed " + doc.id(), e);
        }
        decorate(xml, doc);
        return XmlBytes.of(xml, size);
    }

    /** self, and when they apply: hub (WebSub), current, prev-archive and next-archive (RFC 5005). */
    private static List<Link> otherLinks(FeedDocument doc) {
        var links = new ArrayList<Link>();
        links.add(link("self", doc.selfUrl(), FeedFormat.ATOM.mediaType()));
        if (!doc.hub().isEmpty()) {
            links.add(link("hub", doc.hub(), null));
        }
        FeedDocument.Paging paging = doc.paging();
        if (!paging.current().isEmpty()) {
            links.add(link("current", paging.current(), FeedFormat.ATOM.mediaType()));
        }
        if (!paging.prevArchive().isEmpty()) {
            links.add(link("prev-archive", paging.prevArchive(), FeedFormat.ATOM.mediaType()));
        }
        if (!paging.nextArchive().isEmpty()) {
            links.add(link("next-archive", paging.nextArchive(), FeedFormat.ATOM.mediaType()));
        }
        return links;
    }

    private static Entry entry(FeedDocument.Entry item, FeedDocument doc) {
        Article article = item.article();
        var entry = new Entry();
        entry.setId(article.id());
        entry.setTitleEx(text(article.title()));
        entry.setAlternateLinks(List.of(link("alternate", article.permalink(), "text/html")));
        entry.setPublished(Date.from(article.published().toInstant()));
        entry.setUpdated(Date.from(article.updated().toInstant()));
        if (!article.authors().isEmpty()) {
            entry.setAuthors(persons(article.authors()));  // else the feed's authors apply
        }
        var categories = new ArrayList<Category>();
        article.categories().forEach(name -> categories.add(category(name, doc.categoryScheme())));
        article.tags().forEach(name -> categories.add(category(name, doc.tagScheme())));
        entry.setCategories(categories);
        if (item.full()) {
            entry.setSummary(html(item.body().summary()));
            entry.setContents(List.of(html(item.body().html())));
        } else {
            entry.setSummary(html(item.teaser()));  // no content: readers show the summary and its link (RFC 4287 4.1.1.1)
        }
        return entry;
    }

    private static void decorate(Document xml, FeedDocument doc) {
        Element root = xml.getRootElement();
        Namespace atom = root.getNamespace();
        root.setAttribute("lang", doc.language(), Namespace.XML_NAMESPACE);
        root.getChild("updated", atom).setText(FeedDates.rfc3339(doc.updated()));
        if (doc.entries().stream().anyMatch(e -> e.article().hasComments())) {
            root.addNamespaceDeclaration(THREADING);
        }
        if (doc.entries().stream().anyMatch(e -> e.article().hasImage())) {
            root.addNamespaceDeclaration(MEDIA);
        }
        if (doc.paging().archive()) {
            root.addNamespaceDeclaration(HISTORY);
            root.addContent(root.indexOf(root.getChild("updated", atom)) + 1, new Element("archive", HISTORY));
        }
        List<Element> entries = root.getChildren("entry", atom);
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            Article article = doc.entries().get(i).article();
            entry.getChild("published", atom).setText(FeedDates.rfc3339(article.published()));
            entry.getChild("updated", atom).setText(FeedDates.rfc3339(article.updated()));
            Element content = entry.getChild("content", atom);
            if (content != null) {
                content.setAttribute("base", article.permalink(), Namespace.XML_NAMESPACE);
            }
            if (!article.lang().equals(doc.language())) {
                entry.setAttribute("lang", article.lang(), Namespace.XML_NAMESPACE);
            }
            if (article.hasComments()) {
                entry.addContent(new Element("total", THREADING).setText(Integer.toString(article.comments())));
            }
            if (article.hasImage()) {
                entry.addContent(new Element("thumbnail", MEDIA).setAttribute("url", article.image()));
            }
        }
    }

    private static Content text(String value) {
        var content = new Content();
        content.setType("text");
        content.setValue(value);
        return content;
    }

    private static Content html(String value) {
        var content = new Content();
        content.setType("html");
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        var link = new Link();
        link.setRel(rel);
        link.setHref(href);
        if (type != null) {
            link.setType(type);
        }
        return link;
    }

    private static Category category(String name, String scheme) {
        var category = new Category();
        category.setTerm(name);
        category.setScheme(scheme);
        category.setLabel(name);
        return category;
    }

    private static List<SyndPerson> persons(List<Author> authors) {
        var persons = new ArrayList<SyndPerson>();
        for (Author author : authors) {
            var person = new Person();
            person.setName(author.name());
            if (!author.email().isEmpty()) {
                person.setEmail(author.email());
            }
            if (!author.uri().isEmpty()) {
                person.setUri(author.uri());
            }
            persons.add(person);
        }
        return persons;
    }
}
