package dev.tidings.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.content.Catalog;
import dev.tidings.content.Library;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

/** {@code /healthz}: the library's health, the catalog's size and the reported subscribers, as JSON, never cached. */
final class HealthAnswer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Library library;
    private final Subscribers subscribers;

    HealthAnswer(Library library, Subscribers subscribers) {
        this.library = library;
        this.subscribers = subscribers;
    }

    void answer(Context ctx) {
        Catalog catalog = library.current();
        var health = library.health();
        var fields = new LinkedHashMap<String, Object>();
        fields.put("status", health.ok() ? "ok" : "degraded");
        if (!health.ok()) {
            fields.put("reason", health.reason());
        }
        fields.put("catalog_version", catalog.version());
        fields.put("articles", catalog.articles().size());
        fields.put("problems", catalog.problems().size());
        fields.put("loaded_at", catalog.loadedAt().toString());
        fields.put("subscribers", subscribers.reported());
        fields.put("other_readers", subscribers.otherReaders());
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json");
        try {
            Answers.send(ctx, (JSON.writeValueAsString(fields) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write /healthz as JSON", e);  // strings and numbers only: our bug
        }
    }
}
