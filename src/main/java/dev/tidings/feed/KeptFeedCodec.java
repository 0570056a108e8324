package dev.tidings.feed;

import dev.tidings.content.StateFile;
import dev.tidings.content.Taxonomy;
import dev.tidings.math.MathMode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;

/** A kept feed's cache key and document as {@link KeptFeeds} writes them; the key's catalog is the new run's. */
final class KeptFeedCodec {
    private KeptFeedCodec() {
    }

    static void write(DataOutputStream out, FeedCache.Key key) throws IOException {
        out.writeUTF(key.format().name());
        out.writeUTF(key.math().name());
        if (key.selection() instanceof Selection.Named named) {
            out.writeUTF(named.taxonomy().name());
            StateFile.text(out, named.key());
        } else {
            out.writeUTF("ALL");
        }
        if (key.window() instanceof Window.Archive archive) {
            out.writeBoolean(true);
            out.writeInt(archive.page());
        } else {
            out.writeBoolean(false);
            out.writeInt(((Window.Newest) key.window()).limit());
        }
    }

    static FeedCache.Key key(DataInputStream in, long version) throws IOException {
        var format = FeedFormat.valueOf(in.readUTF());
        var math = MathMode.valueOf(in.readUTF());
        String taxonomy = in.readUTF();
        Selection selection = taxonomy.equals("ALL") ? Selection.all()
                : new Selection.Named(Taxonomy.valueOf(taxonomy), StateFile.text(in));
        Window window = in.readBoolean() ? new Window.Archive(in.readInt()) : new Window.Newest(in.readInt(), "");
        return new FeedCache.Key(version, format, selection, window, math, false);
    }

    static void write(DataOutputStream out, RenderedFeed feed) throws IOException {
        out.writeUTF(feed.mediaType());
        StateFile.text(out, feed.self());
        out.writeInt(feed.identityLength());
        StateFile.text(out, feed.etag());
        out.writeLong(feed.lastModified().getEpochSecond());
        out.writeInt(feed.lastModified().getNano());
        out.writeBoolean(feed.complete());
        Trim trim = feed.trim();
        out.writeInt(trim.entries());
        out.writeInt(trim.summaries());
        out.writeInt(trim.dropped());
        StateFile.text(out, trim.largest());
        out.writeLong(trim.largestBytes());
        out.writeInt(feed.gzip().length);
        out.write(feed.gzip());
    }

    static RenderedFeed feed(DataInputStream in) throws IOException {
        String mediaType = in.readUTF();
        String self = StateFile.text(in);
        int identityLength = in.readInt();
        String etag = StateFile.text(in);
        Instant lastModified = Instant.ofEpochSecond(in.readLong(), in.readInt());
        boolean complete = in.readBoolean();
        var trim = new Trim(in.readInt(), in.readInt(), in.readInt(), StateFile.text(in), in.readLong());
        byte[] gzip = in.readNBytes(in.readInt());
        return new RenderedFeed(mediaType, self, gzip, identityLength, etag, lastModified, complete, trim);
    }
}
