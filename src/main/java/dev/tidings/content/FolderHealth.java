package dev.tidings.content;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The collection folder's {@link Health} as the library last found it; a change is logged once. Thread-safe. */
final class FolderHealth {
    private static final Logger log = LoggerFactory.getLogger(FolderHealth.class);

    private final Path root;
    private volatile Health health = Health.OK;

    FolderHealth(Path root) {
        this.root = root;
    }

    Health current() {
        return health;
    }

    void unreadable(String reason) {
        if (health.ok()) {
            log.warn("{}: {}", root, reason);
        }
        health = new Health(false, reason);
    }

    void readable() {
        if (!health.ok()) {
            log.info("{}: readable again", root);
            health = Health.OK;
        }
    }
}
