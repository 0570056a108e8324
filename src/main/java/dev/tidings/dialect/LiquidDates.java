package dev.tidings.dialect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Dates as Liquid's filters read and write them: Ruby's {@code Time#to_s} and {@code strftime}. */
final class LiquidDates {
    /** Ruby's {@code Time#to_s}, which is how Jekyll prints {@code {{ page.date }}}. */
    private static final DateTimeFormatter RUBY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx", Locale.ROOT);

    private LiquidDates() {}

    /** A date written as Ruby prints one, as ISO 8601 (with or without a time or offset; UTC without one), or empty. */
    static Optional<ZonedDateTime> parse(String text) {
        String value = text.strip();
        for (Function<String, ZonedDateTime> parser : List.<Function<String, ZonedDateTime>>of(
                s -> ZonedDateTime.parse(s, RUBY),
                s -> OffsetDateTime.parse(s).toZonedDateTime(),
                s -> Instant.parse(s).atZone(ZoneOffset.UTC),
                s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC))) {
            try {
                return Optional.of(parser.apply(value));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    static String ruby(ZonedDateTime date) {
        return RUBY.format(date);
    }

    /** {@code date} formatted by Ruby's {@code strftime} {@code pattern}; unknown directives are kept as written. */
    static String strftime(ZonedDateTime date, String pattern) {
        var out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 >= pattern.length()) {
                out.append(c);
                continue;
            }
            int start = i;
            char flag = pattern.charAt(i + 1);
            boolean flagged = flag == '-' || flag == '^' || flag == '0' || flag == '_';
            if (flagged) {
                i++;
            }
            if (i + 1 >= pattern.length()) {
                out.append(pattern, start, pattern.length());
                break;
            }
            char directive = pattern.charAt(++i);
            Optional<String> value = directive(date, directive, flagged ? flag : ' ');
            out.append(value.map(v -> flag == '^' && flagged ? v.toUpperCase(Locale.ROOT) : v)
                    .orElse(pattern.substring(start, i + 1)));
        }
        return out.toString();
    }

    private static Optional<String> directive(ZonedDateTime d, char directive, char flag) {
        String value = switch (directive) {
            case 'Y' -> String.valueOf(d.getYear());
            case 'C' -> pad(d.getYear() / 100, flag);
            case 'y' -> pad(d.getYear() % 100, flag);
            case 'm' -> pad(d.getMonthValue(), flag);
            case 'd' -> pad(d.getDayOfMonth(), flag);
            case 'e' -> pad(d.getDayOfMonth(), flag == '-' ? '-' : '_');
            case 'j' -> flag == '-' ? String.valueOf(d.getDayOfYear())
                    : String.format(Locale.ROOT, "%03d", d.getDayOfYear());
            case 'H' -> pad(d.getHour(), flag);
            case 'k' -> pad(d.getHour(), flag == '-' ? '-' : '_');
            case 'I' -> pad(d.getHour() % 12 == 0 ? 12 : d.getHour() % 12, flag);
            case 'l' -> pad(d.getHour() % 12 == 0 ? 12 : d.getHour() % 12, flag == '-' ? '-' : '_');
            case 'M' -> pad(d.getMinute(), flag);
            case 'S' -> pad(d.getSecond(), flag);
            case 'L' -> String.format(Locale.ROOT, "%03d", d.getNano() / 1_000_000);
            case 'p' -> d.getHour() < 12 ? "AM" : "PM";
            case 'P' -> d.getHour() < 12 ? "am" : "pm";
            case 'A' -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'a' -> d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'B' -> d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'b', 'h' -> d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'u' -> String.valueOf(d.getDayOfWeek().getValue());
            case 'w' -> String.valueOf(d.getDayOfWeek().getValue() % 7);
            case 'z' -> DateTimeFormatter.ofPattern("xx", Locale.ROOT).format(d);
            case 'Z' -> d.getOffset().equals(ZoneOffset.UTC) ? "UTC" : d.getZone().getId();
            case 's' -> String.valueOf(d.toEpochSecond());
            case 'F' -> strftime(d, "%Y-%m-%d");
            case 'T', 'X' -> strftime(d, "%H:%M:%S");
            case 'D', 'x' -> strftime(d, "%m/%d/%y");
            case 'R' -> strftime(d, "%H:%M");
            case 'c' -> strftime(d, "%a %b %e %H:%M:%S %Y");
            case 'n' -> "\n";
            case 't' -> "\t";
            case '%' -> "%";
            default -> "";  // not a directive: kept as written
        };
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String pad(int number, char flag) {
        return flag == '-' ? String.valueOf(number) : flag == '_' ? String.format(Locale.ROOT, "%2d", number)
                : String.format(Locale.ROOT, "%02d", number);
    }
}
