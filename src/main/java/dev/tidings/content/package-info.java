/**
 * A folder of Markdown and HTML articles with front matter, turned into an immutable {@link dev.tidings.content.Catalog}.
 * Two entry points: {@link dev.tidings.content.Library} loads, watches and reloads the folder (the catalog's
 * lifecycle), and {@link dev.tidings.content.Bodies} turns an article's stored text into its cleaned body and summary
 * through the pipeline's stages. Everything they hand out is immutable and cleaned (allowlisted HTML, absolute URLs,
 * XML 1.0 text).
 */
package dev.tidings.content;
