package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class LiquidFiltersTest {
    private static final Map<String, String> SITE = Map.of("url", "https://ex.org", "baseurl", "/blog");

    private static String filter(String name, String input, String... args) {
        return LiquidFilters.apply(name, input, List.of(args), SITE::get).orElseThrow();
    }

    @Test
    void datesAsRubyFormatsThem() {
        String date = "2019-03-05 07:04:09 +0800";
        assertThat(filter("date", date, "%Y-%m-%d %H:%M:%S %z")).isEqualTo("2019-03-05 07:04:09 +0800");
        assertThat(filter("date", date, "%-d %B %y, %a %j %e %I%p %%")).isEqualTo("5 March 19, Tue 064  5 07AM %");
        assertThat(filter("date", date, "%^b %Q")).isEqualTo("MAR %Q");
        assertThat(filter("date_to_string", "2019-03-05T00:00:00Z")).isEqualTo("05 Mar 2019");
        assertThat(filter("date_to_xmlschema", "2019-03-05")).isEqualTo("2019-03-05T00:00:00Z");
        assertThat(filter("date", "yesterday", "%Y")).isEqualTo("yesterday");
    }

    @Test
    void urlsBelowTheSiteAndAbsoluteOnesAsTheyAre() {
        assertThat(filter("relative_url", "a b/图.png")).isEqualTo("/blog/a%20b/%E5%9B%BE.png");
        assertThat(filter("absolute_url", "/a")).isEqualTo("https://ex.org/blog/a");
        assertThat(filter("absolute_url", "mailto:x@ex.org")).isEqualTo("mailto:x@ex.org");
    }

    @Test
    void stringFilters() {
        assertThat(filter("escape_once", "a &amp; b < c")).isEqualTo("a &amp; b &lt; c");
        assertThat(filter("truncate", "abcdefghij", "6")).isEqualTo("abc...");
        assertThat(filter("truncatewords", "one two three", "2", "…")).isEqualTo("one two…");
        assertThat(filter("slugify", "Hello, World 中文!")).isEqualTo("hello-world-中文");
        assertThat(filter("capitalize", "hELLO")).isEqualTo("Hello");
        assertThat(LiquidFilters.apply("where_exp", "x", List.of(), SITE::get)).isEmpty();
    }
}
