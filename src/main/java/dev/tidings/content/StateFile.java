package dev.tidings.content;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file of the state folder, written whole or not at all: into a new file beside it, then moved over it, so that a
 * reader (another process sharing the folder, the next start) finds the old file or the new one, never half of one.
 */
public final class StateFile {
    /** Writes the body of a file. */
    public interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private StateFile() {
    }

    /** Writes {@code text} as its length and its UTF-8 bytes: any length, unlike {@code writeUTF}. */
    public static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads what {@link #text(DataOutputStream, String)} wrote. */
    public static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    /** Writes {@code target} with what {@code body} writes, creating its folder if needed. */
    public static void write(Path target, Body body) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
        try {
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
                body.write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
