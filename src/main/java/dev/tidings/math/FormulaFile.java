package dev.tidings.math;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered formulas kept in a file of the state folder, so that a restart renders none of them again. The file says
 * which engine and post-processing made it: a file from another version, another program, or a torn or corrupt one is
 * not read (the formulas are rendered again and the file is rewritten). Writes are atomic: a new file is written beside
 * it and moved into place, so readers (other processes on the same folder too) see the old file or the new one.
 */
final class FormulaFile {
    /** Change when the engine or what is done to its output changes: every formula is then rendered again. */
    static final String FORMAT = "tidings-formulas 1; KaTeX " + KatexEngine.VERSION + "; MathML allowlist 1; MathML Core 1";
    private static final int MAX_TEXT = 1 << 24;  // no formula's TeX or MathML is near this: a longer length is corruption

    private final Path file;
    private final String format;

    FormulaFile(Path folder) {
        this(folder.resolve("formulas.bin"), FORMAT);
    }

    /** Another file of rendered formulas, e.g. images: {@code format} names what made them. */
    FormulaFile(Path file, String format) {
        this.file = file;
        this.format = format;
    }

    Path path() {
        return file;
    }

    /** The formulas the file holds; empty if there is no file. Throws {@link Unreadable} saying why it cannot be read. */
    Map<FormulaKey, RenderedFormula> read() {
        var formulas = new LinkedHashMap<FormulaKey, RenderedFormula>();
        try (var in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
            String written = in.readUTF();
            if (!written.equals(format)) {
                throw new Unreadable("it was written by another version ('" + written + "')");
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                boolean display = in.readBoolean();
                boolean ok = in.readBoolean();
                String tex = text(in);
                formulas.put(new FormulaKey(tex, display), new RenderedFormula(ok, text(in)));
            }
            if (in.read() != -1) {
                throw new Unreadable("it holds more than it says");
            }
            return formulas;
        } catch (NoSuchFileException e) {
            return formulas;
        } catch (EOFException e) {
            throw new Unreadable("it ends early");
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable(e.toString());
        }
    }

    /** Replaces the file with {@code formulas}, atomically. */
    void write(Map<FormulaKey, RenderedFormula> formulas) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".formulas-", ".tmp");
            try {
                try (var out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(
                        Files.newOutputStream(temporary), 1 << 16)))) {
                    out.writeUTF(format);
                    out.writeInt(formulas.size());
                    for (var entry : formulas.entrySet()) {
                        out.writeBoolean(entry.getKey().display());
                        out.writeBoolean(entry.getValue().ok());
                        text(out, entry.getKey().tex());
                        text(out, entry.getValue().text());
                    }
                }
                move(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);  // same folder: only exotic file systems
        }
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT) {
            throw new Unreadable("it holds a length of " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);  // EOFException if the file is torn
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The file exists but cannot be used, and why. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }
}
