package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether gzip is acceptable: bare lists (read without parsing) and lists with q-values answer alike. */
final class AcceptEncodingTest {

    @Test
    void bareListsNameGzipOrAWildcard() {
        assertThat(AcceptEncoding.allowsGzip("gzip")).isTrue();
        assertThat(AcceptEncoding.allowsGzip("GZip")).isTrue();
        assertThat(AcceptEncoding.allowsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(AcceptEncoding.allowsGzip("br,\tx-gzip")).isTrue();
        assertThat(AcceptEncoding.allowsGzip(" , gzip ,")).isTrue();
        assertThat(AcceptEncoding.allowsGzip("*")).isTrue();
        assertThat(AcceptEncoding.allowsGzip("deflate, br")).isFalse();
        assertThat(AcceptEncoding.allowsGzip("gzipped, x-gzip2, *x")).isFalse();
        assertThat(AcceptEncoding.allowsGzip("identity")).isFalse();
        assertThat(AcceptEncoding.allowsGzip("")).isFalse();
        assertThat(AcceptEncoding.allowsGzip(null)).isFalse();
    }

    @Test
    void qValuesAreStillRead() {
        assertThat(AcceptEncoding.allowsGzip("gzip;q=0")).isFalse();
        assertThat(AcceptEncoding.allowsGzip("gzip;q=0.5, br")).isTrue();
        assertThat(AcceptEncoding.allowsGzip("*;q=0, br")).isFalse();
        assertThat(AcceptEncoding.allowsGzip("gzip;q=0, *")).isFalse();
        assertThat(AcceptEncoding.allowsGzip("gzip;q=2")).isFalse();
    }
}
