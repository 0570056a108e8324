package dev.tidings.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front matter dates: ISO 8601 dates and date-times, plus the lenient forms Hugo, Jekyll and Hexo read: a space
 * instead of {@code T}, a one-digit hour ({@code 2019-04-25 9:00:00}, which YAML 1.1 timestamps, Hugo and Ruby's
 * {@code Time.parse} all take), a one-digit month or day ({@code 2025-05-1 14:59}: YAML 1.1, Hexo's moment), no
 * seconds ({@code 2019-04-25 09:00}: Jekyll and Hexo), blanks before the offset and
 * an offset without a colon or with a one-digit hour ({@code +0800}, {@code +8}: YAML 1.1 timestamps). No offset
 * means the site's zone; a date alone means midnight there. Words ({@code yesterday}) and impossible dates are refused,
 * as Jekyll refuses them.
 */
final class Dates {
    static final String EXPECTED = "an ISO 8601 date like 2024-05-01 or date-time like 2024-05-01T09:30:00+08:00";

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "[ \\t]*([Zz]|[+-](?:\\d{2}(?::?\\d{2})?|\\d))?");
    private static final Pattern FILE_NAME_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-.+");

    /**
     * Ruby's YAML (Psych) reads a date-time with seconds as a timestamp, and one without an offset as UTC, before
     * Jekyll sees it; without seconds it stays text, which Jekyll reads in the site's zone.
     */
    private static final Pattern YAML_TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt]|\\s+)\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d*)?");

    /**
     * The zone a date written without an offset is in, as {@code generator} reads it: the site's, but UTC for a Jekyll
     * date-time with seconds ({@code 2019-04-25 9:00:00} is 09:00 UTC in Jekyll, 09:00 in the site's zone elsewhere),
     * and UTC for every Zola date (Zola has no time zone setting: it reads a date alone as midnight UTC).
     */
    static ZoneId zoneOf(String text, Generator generator, ZoneId site) {
        boolean utc = generator == Generator.ZOLA
                || generator == Generator.JEKYLL && YAML_TIMESTAMP.matcher(text.trim()).matches();
        return utc ? ZoneOffset.UTC : site;
    }

    /** Parses {@code text}, or empty if it is not a valid date. */
    static Optional<OffsetDateTime> parse(String text, ZoneId zone) {
        Matcher m = DATE_TIME.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            var date = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            var time = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(num(m.group(4)), num(m.group(5)),
                    m.group(6) == null ? 0 : num(m.group(6)), m.group(7) == null ? 0 : nanos(m.group(7)));
            LocalDateTime local = date.atTime(time);
            return Optional.of(m.group(8) == null ? local.atZone(zone).toOffsetDateTime()
                    : local.atOffset(offset(m.group(8))));
        } catch (DateTimeException e) {  // 2024-02-30, 25:00, +19:00
            return Optional.empty();
        }
    }

    /** The date a Jekyll-style file name starts with ({@code 2024-05-01-hello.md}), at midnight in {@code zone}. */
    static Optional<OffsetDateTime> fromFileName(String fileName, ZoneId zone) {
        Matcher m = FILE_NAME_DATE.matcher(fileName);
        return m.matches() ? parse(m.group(1), zone) : Optional.empty();
    }

    private static ZoneOffset offset(String text) {
        if (text.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = num(digits.substring(0, Math.min(2, digits.length())));
        int minutes = digits.length() > 2 ? num(digits.substring(2)) : 0;
        return text.charAt(0) == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                : ZoneOffset.ofHoursMinutes(hours, minutes);
    }

    private static int nanos(String fraction) {
        return num((fraction + "000000000").substring(0, 9));
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private Dates() {}
}
