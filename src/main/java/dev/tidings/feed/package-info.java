/**
 * The catalog as feeds: {@link dev.tidings.feed.Feeds} renders Atom and RSS documents for the whole site and for each
 * category, tag and author, and caches the bytes (plain and gzip) with their validators. Rome is used in
 * {@code AtomWriter} and {@code RssWriter} only.
 */
package dev.tidings.feed;
