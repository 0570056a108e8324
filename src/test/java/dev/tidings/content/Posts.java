package dev.tidings.content;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;

/** Builds {@link PostFacts} for the permalink tests from {@code key: value} lines. */
final class Posts {
    static PostFacts post(String path, String date, String fields, String... categories) {
        var map = new LinkedHashMap<String, String>();
        fields.lines().filter(line -> line.contains(": ")).forEach(line ->
                map.put(line.substring(0, line.indexOf(": ")).strip(), line.substring(line.indexOf(": ") + 2)));
        return new PostFacts(path, OffsetDateTime.parse(date), map, List.of(categories));
    }

    private Posts() {}
}
