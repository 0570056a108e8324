package dev.tidings.content;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one file's bytes into an {@link Article}, or a {@link ContentException} naming the line and what was expected.
 * Stateless and thread-safe; the body text goes to the {@link BodyStore} only once everything else is valid.
 */
final class ArticleParser {
    static final int MAX_NAMES = 100;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] PUBLISH_DATE = {"publishDate", "publishdate", "pubdate", "pubDate"};
    private static final String[] EXPIRY_DATE = {"expiryDate", "expirydate", "unpublishdate", "unpublishDate"};
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final Site site;
    private final BodyStore store;
    private final GeneratorAddresses generator;

    ArticleParser(Site site, BodyStore store) {
        this.site = site;
        this.store = store;
        this.generator = GeneratorAddresses.of(site);
    }

    /** The article in the file at {@code path} (relative, {@code /}-separated) of that checksum; empty for a draft. */
    Optional<Article> parse(String path, byte[] bytes, long checksum) {
        Generator kind = site.conventions().generator();
        if (site.conventions().naming().isTranslation(path) || site.conventions().naming().isLeftOut(path)) {
            return Optional.empty();  // in its language's feed, as Hugo's; or in a section Zola leaves out (a draft)
        }
        if (kind == Generator.ZOLA && !path.endsWith(".md")) {
            return Optional.empty();  // Zola makes pages of .md files only
        }
        SourceText text = SourceText.of(path, bytes);
        Fields fields = text.fields(path, kind == Generator.HUGO);  // Hugo's keys in any case: Categories
        if (Listing.isLeftOut(fields)) {
            return Optional.empty();  // left out before further checks: drafts may be half-written
        }
        String title = fields.text("title").map(t -> SPACES.matcher(t.strip()).replaceAll(" ")).filter(t -> !t.isEmpty())
                .orElseThrow(() -> new ContentException(path, fields.lineOf("title"),
                        "'title' is required; expected a line like 'title: Hello, world' in the front matter"));
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        Optional<OffsetDateTime> goesLive = fields.text(PUBLISH_DATE).map(raw -> date(fields, raw, PUBLISH_DATE));
        Optional<OffsetDateTime> dated = fields.text("date").map(raw -> date(fields, raw, "date"))
                .or(() -> goesLive)  // Hugo: no 'date' means the publish date
                .or(() -> kind == Generator.ZOLA ? ZolaPermalinks.fileDate(path)
                        : Dates.fromFileName(fileName, site.zone()));
        if (dated.isEmpty() && (kind == Generator.HUGO || kind == Generator.ZOLA)) {
            return Optional.empty();  // a page Hugo dates year 1, or Zola's feeds leave out: an archive, an about page
        }
        OffsetDateTime published = dated.orElseThrow(() -> new ContentException(path, fields.lineOf("date", "title"),
                        "'date' is required; expected a line like 'date: 2024-05-01T09:30:00+08:00' "
                                + "(or a file name starting with the date, like 2024-05-01-hello.md)"));
        OffsetDateTime updated = fields.text("updated", "lastmod").map(raw -> date(fields, raw, "updated", "lastmod"))
                .filter(u -> u.isAfter(published)).orElse(published);
        Fields taxonomies = fields.table("taxonomies");  // Zola's: [taxonomies] tags = [...], categories = [...]
        List<String> categories = names(fields.value("categories", "category").isPresent() ? fields : taxonomies,
                "categories", "category");
        var address = ArticleAddress.of(fields, path, published, categories, site, generator);
        var window = new Article.Window(goesLive.orElse(published).toInstant(), fields.text(EXPIRY_DATE)
                .map(raw -> date(fields, raw, EXPIRY_DATE).toInstant()).orElse(java.time.Instant.MAX));

        BodyStore.Slot slot = store.append(bytes, text.bodyOffset());
        var source = new Article.Source(path, fileName.endsWith(".html") || fileName.endsWith(".htm")
                ? Article.Format.HTML : Article.Format.MARKDOWN, slot.offset(), slot.length(), text.bodyLine(),
                WrittenSummary.of(fields, bytes, text, site), kind == Generator.NONE ? Map.of() : scalars(fields),
                checksum);
        return Optional.of(new Article(address.id(), address.slug(), title, published, updated, authors(fields),
                categories, names(fields.value("tags", "tag").isPresent() ? fields : taxonomies, "tags", "tag"),
                address.permalink(), language(fields, path), ArticleImages.image(fields, address.permalink()),
                comments(fields), window, source, address.warnings()));
    }

    /** The fields holding one value (text, a number, a date, yes or no), as text. */
    private static Map<String, String> scalars(Fields fields) {
        var scalars = new java.util.HashMap<String, String>();
        for (String name : fields.names()) {
            fields.value(name).filter(value -> !(value instanceof Map<?, ?> || value instanceof List<?>))
                    .ifPresent(value -> scalars.put(name.intern(), String.valueOf(value)));  // one key for all
        }
        return scalars;
    }

    private OffsetDateTime date(Fields fields, String raw, String... names) {
        return Dates.parse(raw, Dates.zoneOf(raw, site.conventions().generator(), site.zone()))
                .orElseThrow(() -> fields.error(names, "must be " + Dates.EXPECTED + ", but was '" + raw + "'"));
    }

    private List<Author> authors(Fields fields) {
        String[] names = {"authors", "author"};
        Optional<Object> value = fields.value(names);
        if (value.isEmpty()) {
            return site.authors();
        }
        var authors = new ArrayList<Author>();
        for (Object item : value.get() instanceof List<?> list ? list : List.of(value.get())) {
            if (item instanceof String text) {
                if (!text.isBlank()) {
                    authors.add(Author.parse(text));
                }
            } else if (item instanceof Map<?, ?> map && map.get("name") instanceof String name && !name.isBlank()) {
                authors.add(new Author(name.strip(), text(map.get("email")), text(map.get("uri") != null
                        ? map.get("uri") : map.get("url"))));
            } else {
                throw fields.error(names, "must be a name, a list of names, or a map with 'name' (and optionally "
                        + "'email', 'uri'), but was " + describe(item));
            }
        }
        return authors.isEmpty() ? site.authors() : authors;
    }

    /**
     * Category or tag names: a list, or one string (names separated by spaces by Jekyll's rule, and Tidings' own; one
     * name on Hexo, Hugo and Zola). Nested lists (Hexo's hierarchies) are flattened. Duplicates, ignoring case, go.
     */
    private List<String> names(Fields fields, String... names) {
        Optional<Object> value = fields.value(names);
        if (value.isEmpty()) {
            return List.of();
        }
        var out = new LinkedHashMap<String, String>();
        Generator kind = site.conventions().generator();
        boolean plural = fields.nameOf(names).equals(names[0]) && (kind == Generator.JEKYLL || kind == Generator.NONE);
        if (value.get() instanceof String text) {
            for (String name : plural ? text.strip().split("\\s+") : new String[] {text}) {
                addName(out, name);
            }
        } else if (value.get() instanceof List<?> list) {
            flatten(list, out, fields, names);
        } else {
            throw fields.error(names, "must be a name or a list of names, but was a map");
        }
        if (out.size() > MAX_NAMES) {  // every name makes a feed, and every entry lists them all
            throw fields.error(names, String.format("has %,d names; expected at most %d", out.size(), MAX_NAMES));
        }
        return List.copyOf(out.values());
    }

    private static void flatten(List<?> list, Map<String, String> out, Fields fields, String[] names) {
        for (Object item : list) {
            if (item instanceof String name) {
                addName(out, name);
            } else if (item instanceof List<?> nested) {
                flatten(nested, out, fields, names);
            } else {
                throw fields.error(names, "must be a name or a list of names, but contains a map");
            }
        }
    }

    private static void addName(Map<String, String> out, String name) {
        String clean = SPACES.matcher(name.strip()).replaceAll(" ");
        if (!clean.isEmpty()) {  // one string for a name however many articles carry it
            out.putIfAbsent(Catalog.key(clean), clean.intern());
        }
    }

    private String language(Fields fields, String path) {
        return ArticleAddress.languageOf(path).or(() -> fields.text("lang", "language").map(String::strip)).map(raw -> {
            if (!LANGUAGE_TAG.matcher(raw).matches()) {
                throw fields.error(new String[] {"lang", "language"}, "must be a language tag like zh-CN or en, "
                        + "but was '" + raw + "'");
            }
            return raw.intern();
        }).orElse(site.language());
    }

    private static int comments(Fields fields) {
        return fields.text("comments").map(String::strip).map(raw -> {
            if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
                return -1;  // Jekyll and Hexo themes use 'comments: true' to switch comments on: not a count
            }
            try {
                int count = Integer.parseInt(raw);
                if (count >= 0) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw fields.error(new String[] {"comments"}, "must be a comment count like 12, but was '" + raw + "'");
        }).orElse(-1);
    }

    private static String text(Object value) {
        return value instanceof String s ? s.strip() : "";
    }

    private static String describe(Object value) {
        return value instanceof List ? "a list inside the list" : "a map without 'name'";
    }
}
