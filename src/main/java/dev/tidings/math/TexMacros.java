package dev.tidings.math;

import dev.tidings.math.TexTokens.Token;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Macros every formula of the site may use, as a MathJax configuration's {@code macros} writes them
 * ({@code RR: "\\mathbb{R}"}, {@code norm: ["\\left\\|#1\\right\\|", 1]}, {@code opt: ["#1 #2", 2, "default"]}) or a
 * KaTeX one ({@code "\\RR": "\\mathbb{R}"}, whose arguments are the {@code #n} its body uses). Immutable.
 */
public final class TexMacros {
    public static final TexMacros NONE = new TexMacros(Map.of());
    /** A {@code macros} (MathJax 3, KaTeX) or {@code Macros} (MathJax 2) object in a configuration script. */
    private static final Pattern IN_SCRIPT = Pattern.compile("[\"']?\\b[Mm]acros[\"']?\\s*:\\s*(?=\\{)");

    private final Map<String, Macro> macros;

    private TexMacros(Map<String, Macro> macros) {
        this.macros = Collections.unmodifiableMap(new LinkedHashMap<>(macros));
    }

    /**
     * The macros a JavaScript object literal or JSON text defines; an {@link IllegalArgumentException} saying what is
     * wrong with it, where.
     */
    public static TexMacros parse(String text) {
        if (text.isBlank()) {
            return NONE;
        }
        if (!(JsLiteral.of(text) instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("it is not an object of macros");
        }
        return of(map);
    }

    /** The macros {@code definitions} (read from YAML, or from a script) defines, by name; as {@link #parse}. */
    public static TexMacros of(Map<?, ?> definitions) {
        var macros = new LinkedHashMap<String, Macro>();
        definitions.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (!name.matches("\\\\?([A-Za-z]+|[^A-Za-z\\s])")) {
                throw new IllegalArgumentException("'" + name + "' is not a macro name like RR");
            }
            macros.put(name.startsWith("\\") ? name : "\\" + name, macro(name, value));
        });
        return new TexMacros(macros);
    }

    /**
     * The macros that the MathJax or KaTeX configurations in a page's or template's {@code script} define, as far as
     * they are plain literals; a {@code macros} object Tidings cannot read (one a template fills in) is left out.
     */
    public static TexMacros inScript(String script) {
        var macros = new LinkedHashMap<String, Macro>();
        Matcher m = IN_SCRIPT.matcher(script);
        while (m.find()) {
            try {
                if (JsLiteral.at(script, m.end()) instanceof Map<?, ?> map) {
                    macros.putAll(of(map).macros);
                }
            } catch (IllegalArgumentException e) {
                // not a literal (a template's {{ … }}, a variable): the site's own pages know it, we cannot
            }
        }
        return new TexMacros(macros);
    }

    /** These macros and {@code others}; where both define one, {@code others}'. */
    public TexMacros with(TexMacros others) {
        var merged = new LinkedHashMap<>(macros);
        merged.putAll(others.macros);
        return new TexMacros(merged);
    }

    /** The macros' names, with their backslash, in the order defined. */
    public Set<String> names() {
        return macros.keySet();
    }

    /** A copy an article's definitions add to. */
    Map<String, Macro> copy() {
        return new HashMap<>(macros);
    }

    private static Macro macro(String name, Object value) {
        if (value instanceof String body) {
            List<Token> tokens = TexTokens.of(body);
            return Macro.of(tokens, name.startsWith("\\") ? katexArguments(body) : 0);
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.size() <= 3 && list.get(0) instanceof String body
                && (list.size() == 1 || count(list.get(1)) >= 0)) {
            int arguments = list.size() == 1 ? 0 : count(list.get(1));
            return list.size() == 3 ? Macro.withOptional(TexTokens.of(body), arguments, TexTokens.of(String.valueOf(
                    list.get(2)))) : Macro.of(TexTokens.of(body), arguments);
        }
        throw new IllegalArgumentException("'" + name + "' must be TeX, or [TeX, number of arguments (0 to 9)] or [TeX, "
                + "number, default of the first], but was " + value);
    }

    /** A number of arguments, 0 to 9 (a number, or YAML's text of one); -1 for anything else. */
    private static int count(Object value) {
        String text = value instanceof Number number && number.doubleValue() == number.intValue()
                ? Integer.toString(number.intValue()) : String.valueOf(value).strip();
        return text.matches("[0-9]") ? Integer.parseInt(text) : -1;
    }

    /** KaTeX's rule: a macro takes as many arguments as its body's #1, #2… run without a gap. */
    private static int katexArguments(String body) {
        String stripped = body.replace("##", "");
        int count = 0;
        while (count < 9 && stripped.contains("#" + (count + 1))) {
            count++;
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TexMacros that && macros.equals(that.macros);
    }

    @Override
    public int hashCode() {
        return macros.hashCode();
    }

    @Override
    public String toString() {
        return "TexMacros" + macros.keySet();
    }
}
