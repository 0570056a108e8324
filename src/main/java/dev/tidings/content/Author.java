package dev.tidings.content;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person credited for an article or a site. {@code email} and {@code uri} are empty when not given. */
public record Author(String name, String email, String uri) {
    private static final Pattern NAME_AND_EMAIL = Pattern.compile("(.*?)\\s*<([^<>\\s]+@[^<>\\s]+)>");

    public Author {
        name = Objects.requireNonNull(name, "name").intern();  // one string for a name in a thousand articles
        email = Objects.requireNonNull(email, "email").intern();
        uri = Objects.requireNonNull(uri, "uri").intern();
    }

    public static Author named(String name) {
        return new Author(name, "", "");
    }

    /** {@code "Jane Doe <jane@example.org>"} or just {@code "Jane Doe"}. */
    public static Author parse(String text) {
        Matcher m = NAME_AND_EMAIL.matcher(text.strip());
        if (m.matches() && !m.group(1).isEmpty()) {
            return new Author(m.group(1), m.group(2), "");
        }
        return named(text.strip());
    }
}
