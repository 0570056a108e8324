/**
 * The catalog as feeds: {@link dev.tidings.feed.Feeds} renders Atom, RSS and JSON Feed documents (subscription feeds
 * and RFC 5005 archive pages) for the whole site and for each category, tag and author, a browser page for each, the
 * formula images the variant with formulas as images links to, and the list of every feed (an HTML page and OPML). It
 * caches their gzip bytes with their validators; the plain bytes are inflated on demand and kept in a smaller cache.
 * Rome is used in {@code AtomWriter} and {@code RssWriter} only.
 */
package dev.tidings.feed;
