/**
 * A folder of Markdown and HTML articles with front matter, turned into an immutable {@link dev.tidings.content.Catalog}.
 * {@link dev.tidings.content.Library} is the entry point: it loads, watches and reloads the folder, and renders article
 * bodies on demand. Everything it hands out is immutable and cleaned (allowlisted HTML, absolute URLs, XML 1.0 text).
 */
package dev.tidings.content;
