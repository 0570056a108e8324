package dev.tidings.content;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The body of every parsed article, as the file's bytes, appended to one temporary file: bodies are rendered later from exactly the
 * text the metadata came from, even after the file in the collection has changed or turned bad, and without holding
 * the whole collection on the heap. Appends are serialised; reads are positional and run in parallel.
 */
final class SourceStore implements Closeable {
    private final FileChannel channel;
    private long end;

    private SourceStore(FileChannel channel) {
        this.channel = channel;
    }

    static SourceStore open() {
        try {
            Path file = Files.createTempFile("tidings-bodies-", ".txt");
            return new SourceStore(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the temporary file that holds article bodies", e);
        }
    }

    /** Stores {@code bytes[from..]} and returns where. */
    synchronized Slot append(byte[] source, int from) {
        var bytes = ByteBuffer.wrap(source, from, source.length - from).slice();
        long offset = end;
        int length = bytes.remaining();
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes, end + bytes.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write article text to the body store", e);
        }
        end += length;
        return new Slot(offset, length);
    }

    /** The bytes stored at {@code offset}. */
    byte[] read(long offset, int length) {
        var buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new IllegalStateException("body store ends before " + (offset + length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article text from the body store", e);
        }
        return buffer.array();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Slot(long offset, int length) {}
}
