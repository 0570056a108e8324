package dev.tidings.dialect;

import java.util.regex.Pattern;

/** What a theme's shortcode or include names by its path or URL: an image file or a video file. */
final class MediaFiles {
    static final Pattern IMAGE = Pattern.compile("(?i)\\.(png|jpe?g|gif|svg|webp|avif|bmp)([?#].*)?$");
    static final Pattern VIDEO = Pattern.compile("(?i)\\.(mp4|webm|ogv|mov|m4v)([?#].*)?$");

    private MediaFiles() {}

    static boolean isImage(String path) {
        return IMAGE.matcher(path).find();
    }

    static boolean isVideo(String path) {
        return VIDEO.matcher(path).find();
    }
}
