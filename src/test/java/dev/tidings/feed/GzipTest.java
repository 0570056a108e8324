package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class GzipTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Blog</title>";

    @ParameterizedTest
    @ValueSource(ints = {1, 6})
    void everyFormatReadsBackAsItsPlainBytes(int level) throws IOException {
        String atom = HEAD + entry(1, 300) + entry(2, 90_000) + entry(3, 10) + "</feed>";
        String rss = "<rss><channel><title>t</title><item>" + text(4, 5_000) + "</item><item>" + text(5, 400)
                + "</item></channel></rss>";
        String json = "{\"version\":\"1.1\",\"items\":[{\"id\":\"a\",\"content_html\":\"" + text(6, 3_000)
                + "\"},{\"id\":\"b\",\"content_html\":\"" + text(7, 20_000) + "\"}]}";
        String empty = "{\"version\":\"1.1\",\"items\":[]}";
        assertThat(roundTrip(atom, Gzip.Cuts.ATOM, level)).isEqualTo(atom);
        assertThat(roundTrip(rss, Gzip.Cuts.RSS, level)).isEqualTo(rss);
        assertThat(roundTrip(json, Gzip.Cuts.JSON, level)).isEqualTo(json);
        assertThat(roundTrip(empty, Gzip.Cuts.JSON, level)).isEqualTo(empty);
        assertThat(roundTrip("<html>" + text(8, 50_000) + "</html>", Gzip.Cuts.NONE, level))
                .isEqualTo("<html>" + text(8, 50_000) + "</html>");
        assertThat(roundTrip("", Gzip.Cuts.ATOM, level)).isEmpty();
    }

    @Test
    void anEntryIsCompressedOnItsOwnSoThatEveryDocumentHoldingItHoldsTheSameBytes() throws IOException {
        String shared = entry(2, 4_000);
        byte[] first = Gzip.of(bytes(HEAD + entry(1, 2_000) + shared + entry(3, 2_000) + "</feed>"), 6,
                Gzip.Cuts.ATOM);
        byte[] second = Gzip.of(bytes(HEAD.replace("Blog", "Tag") + shared + entry(4, 500) + "</feed>"), 6,
                Gzip.Cuts.ATOM);
        byte[] alone = deflatedAlone(bytes(shared), 6);
        assertThat(indexOf(first, alone)).as("in the first document").isPositive();
        assertThat(indexOf(second, alone)).as("in the second, where it follows another head").isPositive();
        assertThat(Gzip.of(bytes(HEAD + shared + "</feed>"), 6, Gzip.Cuts.ATOM))
                .as("equal bytes, equal gzip, kept or not")
                .isEqualTo(Gzip.of(bytes(HEAD + shared + "</feed>"), 6, Gzip.Cuts.ATOM));
    }

    @Test
    void aDocumentCompressedWholeIsWhatTheJdksGzipMakesOfIt() throws IOException {
        byte[] plain = bytes(HEAD + entry(1, 30_000) + entry(2, 5_000) + "</feed>");
        var jdk = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(jdk) {
            {
                def.setLevel(6);
            }
        }) {
            gzip.write(plain);
        }
        assertThat(Gzip.of(plain, 6, Gzip.Cuts.NONE)).isEqualTo(jdk.toByteArray());
    }

    private static String roundTrip(String text, Gzip.Cuts cuts, int level) throws IOException {
        byte[] gzip = Gzip.of(bytes(text), level, cuts);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            byte[] plain = in.readAllBytes();
            return new String(plain, StandardCharsets.UTF_8);
        }
    }

    private static String entry(int seed, int length) {
        return "<entry><id>urn:" + seed + "</id><content type=\"html\">" + text(seed, length) + "</content></entry>";
    }

    /** Text that compresses as prose does: words drawn from a small vocabulary. */
    private static String text(int seed, int length) {
        String[] words = {"梯度", "sampling", "注意力", "the", "loss", "模型", "&lt;p&gt;", "of", "分布", "expectation"};
        var random = new Random(seed);
        var text = new StringBuilder();
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.substring(0, length);
    }

    private static byte[] deflatedAlone(byte[] piece, int level) {
        var deflater = new Deflater(level, true);
        deflater.setInput(piece);
        byte[] buffer = new byte[1 << 20];
        int length = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, length);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
