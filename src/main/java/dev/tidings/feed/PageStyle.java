package dev.tidings.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one stylesheet of the pages people see — the feed list at {@code /} and a feed's browser page — and the one
 * Content-Security-Policy both are served with, which allows that stylesheet by its hash and nothing that runs.
 */
public final class PageStyle {
    /** Inline in each page's head: a page that needs no second request, and no stylesheet route to serve. */
    static final String CSS = "body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;"
            + "padding:0 1rem;color:#222}a{color:#0b57a4}header{border-bottom:1px solid #ddd;margin-bottom:1.5rem}"
            + ".subscribe{background:#f4f6f8;border-radius:6px;padding:.75rem 1rem}code{word-break:break-all}"
            + "article{margin:1.5rem 0}article h2{font-size:1.2rem;margin:0}.meta,.count{color:#666;font-size:.9rem}"
            + "img{max-width:100%}pre{overflow:auto}"
            + "form{margin:1rem 0;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}"
            + "input{font:inherit;padding:.25rem .5rem;border:1px solid #bbb;border-radius:4px;flex:1 1 12rem;"
            + "max-width:20rem}button{font:inherit;padding:.25rem .9rem;border:1px solid #bbb;border-radius:4px;"
            + "background:#f4f6f8}main h2{font-size:1.2rem;margin:1.75rem 0 .5rem}"
            + "dl.formats{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}"
            + "dl.formats dt{font-weight:600}dl.formats dd{margin:0}"
            + "ul.feeds{list-style:none;padding:0;margin:0}ul.feeds li{display:flex;flex-wrap:wrap;gap:0 .5rem;"
            + "padding:.3rem 0;border-bottom:1px solid #eee}ul.feeds .links{margin-left:auto;font-size:.9rem}"
            + "details{margin:.5rem 0}summary{cursor:pointer;color:#0b57a4;padding:.3rem 0}";

    /** Nothing runs; only the stylesheet above and images load; forms go back to the server that sent the page. */
    public static final String POLICY = "default-src 'none'; style-src '" + hash(CSS) + "'; img-src https: http:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static String hash(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private PageStyle() {}
}
