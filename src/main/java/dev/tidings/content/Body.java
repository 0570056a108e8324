package dev.tidings.content;

/**
 * An article's rendered body and summary: cleaned HTML with absolute URLs and formulas marked up (see the README's
 * "Math" section).
 *
 * @param summary the {@code summary} field, else everything before {@code <!--more-->}, else the first ~200
 *                characters of text, never cut inside a tag, entity or formula
 */
public record Body(String html, String summary) {}
