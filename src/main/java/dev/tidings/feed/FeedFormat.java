package dev.tidings.feed;

/** The formats a feed is served in, with the file extension of its URL and its media type. */
public enum FeedFormat {
    ATOM("atom", "application/atom+xml"),
    RSS("rss", "application/rss+xml"),
    JSON("json", "application/feed+json");

    private final String extension;
    private final String mediaType;

    FeedFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header value. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }
}
