package dev.tidings.content;

import java.util.Optional;

/**
 * The summary the author wrote, as the site's generator reads it: {@code summary} (Hugo), else {@code description}
 * (which jekyll-feed and hexo-generator-feed prefer to the excerpt; Hugo does not use it as a summary), else
 * {@code excerpt} (Jekyll, Hexo), else the body up to the post's {@code excerpt_separator} (Jekyll) or the site's, when
 * the body has it. Empty leaves it to {@code <!--more-->} or the automatic cut. Only then is the body decoded, so
 * loading stays cheap.
 */
final class WrittenSummary {
    private WrittenSummary() {}

    static String of(Fields fields, byte[] bytes, SourceText text, Site site) {
        String[] names = site.conventions().generator() == Generator.HUGO ? new String[] {"summary"}
                : new String[] {"summary", "description", "excerpt"};
        Optional<String> written = fields.text(names).filter(s -> !s.isBlank());
        if (written.isPresent()) {
            return written.get();
        }
        String separator = fields.text("excerpt_separator").orElse(site.excerptSeparator());
        if (separator.isEmpty()) {
            return "";
        }
        String body = SourceText.text(bytes, text.bodyOffset(), bytes.length).stripLeading();
        int cut = body.indexOf(separator);
        return cut > 0 ? body.substring(0, cut).strip() : "";
    }
}
