package dev.tidings.content;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of every parsed article, as the file's bytes, appended to one temporary file: bodies are rendered later
 * from exactly the text the metadata came from, even after the file in the collection has changed or turned bad, and
 * without holding the whole collection on the heap. Appends are serialised; reads are positional and run in parallel.
 *
 * <p>A {@link Slot} names stored text by a logical offset that never changes. Every edit appends, so the file
 * would only grow; {@link #compactIfLarge} copies the text still in use to a new file once the file is more than
 * twice what was in use at the last compaction (plus a margin), so a server that runs for years while its articles
 * change keeps a file of about the size of its collection. Readers of the old file move to the new one by
 * themselves. Reads cannot be broken by an interrupt: the channel an interrupt closes is opened again.
 *
 * <p>Over 200 lines because appends, positional reads, compaction and reopening all guard the same generation of the
 * file, and splitting them would spread that locking over several classes.
 */
public final class BodyStore implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(BodyStore.class);
    static final long MARGIN = 64L << 20;

    private final long margin;
    private volatile Generation current;
    private long end;            // the next logical offset; guarded by this
    private long sizeAfterCompaction;
    private int reopened;
    private boolean closed;

    /**
     * One file: the slots copied into it by a compaction (sorted logical offsets and where each now starts), then
     * everything appended since, in order from {@code tailPhysical}.
     */
    private record Generation(Path file, FileChannel channel, long[] logical, long[] physical, long tailLogical,
                              long tailPhysical) {
        /** Where the slot at logical {@code offset} starts in this file; -1 if it was not kept. */
        long position(long offset) {
            if (offset >= tailLogical) {
                return tailPhysical + offset - tailLogical;
            }
            int i = Arrays.binarySearch(logical, offset);
            return i >= 0 ? physical[i] : -1;
        }

        long size(long end) {
            return tailPhysical + end - tailLogical;
        }

        Generation opened() {
            try {
                return new Generation(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE),
                        logical, physical, tailLogical, tailPhysical);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the body store " + file, e);
            }
        }
    }

    private BodyStore(Generation first, long margin) {
        this.current = first;
        this.margin = margin;
    }

    /** A new, empty store in a temporary file, deleted on {@link #close()}. */
    public static BodyStore open() {
        return open(MARGIN);
    }

    /** @param margin garbage always allowed before a compaction (tests use a small one) */
    static BodyStore open(long margin) {
        return new BodyStore(new Generation(create(), null, new long[0], new long[0], 0, 0).opened(), margin);
    }

    /** Stores {@code bytes[from..]} and returns where. */
    synchronized Slot append(byte[] source, int from) {
        boolean interrupted = Thread.interrupted();  // an interrupt would close the channel for every reader
        try {
            while (true) {
                Generation g = current;
                var bytes = ByteBuffer.wrap(source, from, source.length - from).slice();
                long at = g.size(end);
                try {
                    while (bytes.hasRemaining()) {
                        g.channel.write(bytes, at + bytes.position());
                    }
                    long offset = end;
                    end += bytes.capacity();
                    return new Slot(offset, bytes.capacity());
                } catch (ClosedChannelException e) {
                    interrupted |= Thread.interrupted();
                    reopen(g);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write article text to the body store " + g.file, e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The bytes stored at {@code offset}. */
    byte[] read(long offset, int length) {
        boolean interrupted = Thread.interrupted();
        try {
            while (true) {
                Generation g = current;
                long at = g.position(offset);
                if (at < 0) {
                    throw new IllegalStateException("the text at " + offset + " is no longer stored: its article "
                            + "changed or went away since this catalog was read");
                }
                try {
                    return read(g.channel, at, length);
                } catch (ClosedChannelException e) {
                    interrupted |= Thread.interrupted();
                    reopen(g);  // compacted meanwhile (then it reads from the new file), or closed by an interrupt
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read article text from the body store " + g.file, e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static byte[] read(FileChannel channel, long at, int length) throws IOException {
        var buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new IllegalStateException("body store ends before " + (at + length));
            }
        }
        return buffer.array();
    }

    /** After a channel was found closed: opens it again, unless a compaction or another reader already moved on. */
    private synchronized void reopen(Generation seen) {
        if (closed) {
            throw new IllegalStateException("the body store is closed");
        }
        if (current == seen) {
            log.warn("the body store's file was closed under a reader (an interrupt?); opening it again");
            current = seen.opened();
            reopened++;
        }
    }

    /** How many times a channel closed under a reader was opened again. */
    synchronized int reopened() {
        return reopened;
    }

    /** The file's size now. */
    synchronized long size() {
        return current.size(end);
    }

    /**
     * Copies the slots {@code live} names into a new file and drops the rest, if the file has grown past twice its
     * size after the last compaction plus the margin and some of it is no longer in use; {@code live} is only asked
     * for then.
     *
     * @return whether it compacted
     */
    synchronized boolean compactIfLarge(Supplier<Collection<Slot>> live) {
        Generation old = current;
        long size = old.size(end);
        if (size <= 2 * sizeAfterCompaction + margin) {
            return false;
        }
        long started = System.nanoTime();
        Slot[] slots = live.get().stream().distinct().sorted(Comparator.comparingLong(Slot::offset))
                .toArray(Slot[]::new);
        long inUse = Arrays.stream(slots).mapToLong(Slot::length).sum();
        if (inUse >= size) {  // nothing to drop (the first load): copying it all would only cost seconds
            sizeAfterCompaction = size;
            return false;
        }
        Path file = create();
        try (FileChannel target = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long[] logical = new long[slots.length];
            long[] physical = new long[slots.length];
            long at = 0;
            for (int i = 0; i < slots.length; i++) {
                long from = old.position(slots[i].offset());
                if (from < 0) {
                    throw new IllegalStateException("a live slot at " + slots[i].offset() + " is not stored");
                }
                long copied = 0;
                while (copied < slots[i].length()) {
                    long n = old.channel.transferTo(from + copied, slots[i].length() - copied, target);
                    if (n <= 0) {
                        throw new IllegalStateException("the body store ends inside the slot at " + slots[i].offset());
                    }
                    copied += n;
                }
                logical[i] = slots[i].offset();
                physical[i] = at;
                at += slots[i].length();
            }
            current = new Generation(file, null, logical, physical, end, at).opened();
            sizeAfterCompaction = at;
        } catch (IOException | RuntimeException e) {
            delete(file);
            sizeAfterCompaction = size;  // not again at every change: once the file has doubled once more
            log.warn("could not compact the body store (keeping the old file): {}", e.toString());
            return false;
        }
        close(old);
        log.info("compacted the body store from {} to {} bytes ({} bodies) in {} ms", size, sizeAfterCompaction,
                slots.length, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    @Override
    public synchronized void close() {
        closed = true;
        close(current);
    }

    private static void close(Generation g) {
        try {
            g.channel.close();
        } catch (IOException e) {
            log.warn("cannot close {}: {}", g.file, e.toString());
        }
        delete(g.file);
    }

    private static Path create() {
        try {
            Path file = Files.createTempFile("tidings-bodies-", ".txt");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the temporary file that holds article bodies", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", file, e.toString());
        }
    }

    record Slot(long offset, int length) {}
}
