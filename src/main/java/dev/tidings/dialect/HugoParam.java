package dev.tidings.dialect;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Hugo's {@code param} shortcode prints for a name: the page's param (its front matter field, the name in any
 * case), else the site's ({@link SiteParams}, a dotted name a path through its maps), as Go prints the value: a list as
 * {@code [a b]}, a map as {@code map[k:v]} (keys sorted). Values are text as the front matter and configuration
 * readers give them, which cannot tell {@code 1.50} from {@code "1.50"}: where Hugo's text depends on how a value was
 * written (unquoted, {@code 1.50} is the number 1.5 to Hugo) the text is printed with a caveat saying what Hugo prints.
 */
final class HugoParam {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+(?=[eE]))([eE][-+]?\\d+)?");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\d)[Tt ](\\d\\d:\\d\\d(?::\\d\\d)?)(\\.\\d+)?([Zz]|[-+]\\d\\d:\\d\\d)");
    private static final Pattern YES_NO = Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF");

    /**
     * The text {@code {{< param name >}}} prints.
     *
     * @param caveats why Hugo's text may differ from it (empty when it does not)
     */
    record Printed(String text, List<String> caveats) {
        Printed {
            caveats = List.copyOf(caveats);
        }
    }

    /** What Hugo prints for {@code name} on {@code page}; empty when neither the page nor the site has it. */
    static Optional<Printed> of(Page page, String name) {
        Optional<Object> value = page.fields().entrySet().stream()  // Hugo's front matter keys ignore case
                .filter(field -> field.getKey().equalsIgnoreCase(name)).<Object>map(Map.Entry::getValue).findFirst()
                .or(() -> page.siteParams().find(name));
        return value.map(found -> {
            var caveats = new java.util.ArrayList<String>();
            String text = go(found, caveats);
            return new Printed(text, caveats.stream().distinct().toList());
        });
    }

    /** The value as Go's {@code fmt} prints it, noting the scalars whose text Hugo may print otherwise. */
    private static String go(Object value, List<String> caveats) {
        if (value instanceof List<?> list) {
            var items = new java.util.StringJoiner(" ", "[", "]");
            list.forEach(item -> items.add(go(item, caveats)));
            return items.toString();
        }
        if (value instanceof Map<?, ?> map) {
            var items = new java.util.StringJoiner(" ", "map[", "]");
            new TreeMap<>(map).forEach((key, item) -> items.add(key + ":" + go(item, caveats)));
            return items.toString();
        }
        String text = String.valueOf(value);
        caveat(text).ifPresent(caveats::add);
        return text;
    }

    /** What Hugo prints instead of {@code text} when the configuration or front matter writes it unquoted. */
    private static Optional<String> caveat(String text) {
        if (text.equals("false") || text.equals("0")) {
            return Optional.of("Hugo stops the build (\"Param not found\") at " + text + " unless it is written in "
                    + "quotes; printed as written");
        }
        if (YES_NO.matcher(text).matches()) {
            boolean yes = text.toLowerCase(java.util.Locale.ROOT).startsWith("y") || text.equalsIgnoreCase("on");
            return Optional.of("Hugo's YAML reads an unquoted " + text + " as " + (yes ? "true"
                    : "false (and stops the build)") + "; printed as written");
        }
        if (NUMBER.matcher(text).matches()) {
            String go = number(text);
            return go.equals(text) ? Optional.empty() : Optional.of("Hugo prints the number " + text + " as " + go
                    + " unless it is written in quotes; printed as written");
        }
        Matcher time = TIME.matcher(text);
        if (time.matches()) {
            String zone = time.group(4).equalsIgnoreCase("z") ? "+0000 UTC"
                    : time.group(4).replace(":", "") + " " + time.group(4).replace(":", "");
            String seconds = time.group(2).length() == 5 ? time.group(2) + ":00" : time.group(2);
            String fraction = time.group(3) == null ? "" : time.group(3).replaceAll("\\.?0+$", "");
            return Optional.of("Hugo prints a time as " + time.group(1) + " " + seconds + fraction + " " + zone
                    + " where it reads one (a TOML time written unquoted, a page's date); printed as written");
        }
        return Optional.empty();
    }

    /** A float64 as Go's {@code %v} prints it: shortest digits, an exponent below 1e-4 and from 1e21. */
    private static String number(String text) {
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == 0) {
            return text.startsWith("-") ? "-0" : "0";
        }
        BigDecimal digits = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        int exponent = digits.precision() - digits.scale() - 1;
        if (exponent >= -4 && exponent < 21) {
            return digits.toPlainString();
        }
        String unscaled = digits.unscaledValue().abs().toString();
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        return (value < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    private HugoParam() {}
}
