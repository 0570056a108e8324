package dev.tidings.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Resolves the URLs authors write (relative, non-ASCII, with spaces) into absolute http(s) URLs in ASCII form. */
final class Urls {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** {@code raw} resolved against {@code base}; empty unless the result is an http(s) URL with a host. */
    static Optional<String> resolve(URI base, String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI resolved = base.resolve(parse(text));
            boolean web = "http".equalsIgnoreCase(resolved.getScheme()) || "https".equalsIgnoreCase(resolved.getScheme());
            return web && resolved.getHost() != null ? Optional.of(resolved.toASCIIString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static URI parse(String text) throws URISyntaxException {
        try {
            return new URI(text);  // accepts non-ASCII characters as they are
        } catch (URISyntaxException e) {
            if (SCHEME.matcher(text).find()) {
                throw e;
            }
            // A relative reference with spaces or other characters to quote: let the multi-part constructor encode them.
            int hash = text.indexOf('#');
            String fragment = hash < 0 ? null : text.substring(hash + 1);
            String rest = hash < 0 ? text : text.substring(0, hash);
            int question = rest.indexOf('?');
            return new URI(null, null, question < 0 ? rest : rest.substring(0, question),
                    question < 0 ? null : rest.substring(question + 1), fragment);
        }
    }

    private Urls() {}
}
