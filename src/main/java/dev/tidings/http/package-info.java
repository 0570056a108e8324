/**
 * The HTTP surface: {@link dev.tidings.http.FeedServer#create} builds the Javalin server that {@code serve} and
 * the tests start.
 * Validators (ETag, Last-Modified), content negotiation (gzip, and a browser page or the feed) and error mapping live
 * here; rendering does not.
 */
package dev.tidings.http;
