/**
 * A site generator's template syntax in an article's text (Hugo's shortcodes, Jekyll's Liquid and kramdown, Hexo's
 * tags) turned into Markdown and HTML fragments before the Markdown stage, with a note for each construct that could
 * not be rendered. Depends on nothing else of Tidings: {@code content} chooses the dialect and runs it.
 */
package dev.tidings.dialect;
