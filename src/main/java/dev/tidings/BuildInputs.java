package dev.tidings;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything but the articles that a build's documents depend on, as text: every setting (records walked component by
 * component, maps and sets in sorted order, so that equal settings give equal text in every run) and the program itself
 * (the jar's size and time). A build whose text equals the last one's may keep the documents whose articles did not
 * change either.
 */
final class BuildInputs {
    private static final int DEEPEST = 24;

    static String of(Config settings) {
        return of((Object) settings);
    }

    /** The program and {@code parts} of the settings, any records of them (parsing, for one, depends on the site's). */
    static String of(Object... parts) {
        return program() + '\n' + settings(parts);
    }

    /** {@code parts} of the settings, without the program. */
    static String settings(Object... parts) {
        var text = new StringBuilder();
        for (Object part : parts) {
            append(text, part, 0);
        }
        return text.toString();
    }

    /** The jar the program runs from, by size and time; the class folder when run from the build (tests). */
    static String program() {
        try {
            Path code = Path.of(BuildInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code)
                    : "classes";
        } catch (Exception e) {  // no code source, or not a file: reuse nothing rather than guess
            return "unknown " + System.nanoTime();
        }
    }

    private static void append(StringBuilder out, Object value, int depth) {
        if (depth > DEEPEST) {
            throw new IllegalStateException("settings nested deeper than " + DEEPEST + ": " + out);
        }
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character) {
            out.append(value);
        } else if (value instanceof Enum<?> constant) {
            out.append(constant.getDeclaringClass().getSimpleName()).append('.').append(constant.name());
        } else if (value instanceof Optional<?> optional) {
            out.append("Optional[");
            optional.ifPresent(present -> append(out, present, depth + 1));
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, String>();
            map.forEach((key, entry) -> sorted.put(text(key, depth), text(entry, depth)));
            out.append(sorted);
        } else if (value instanceof Set<?> set) {
            var sorted = new TreeSet<String>();
            set.forEach(element -> sorted.add(text(element, depth)));
            out.append(sorted);
        } else if (value instanceof Collection<?> list) {
            List<String> elements = new ArrayList<>();
            list.forEach(element -> elements.add(text(element, depth)));
            out.append(elements);
        } else if (value.getClass().isRecord()) {
            out.append(value.getClass().getSimpleName()).append('(');
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                out.append(component.getName()).append('=');
                append(out, read(component, value), depth + 1);
                out.append(',');
            }
            out.append(')');
        } else if (value.getClass().getName().startsWith("dev.tidings.")) {
            out.append(value.getClass().getSimpleName()).append('{');  // our own class: what it holds
            for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        out.append(field.getName()).append('=');
                        append(out, get(field, value), depth + 1);
                        out.append(',');
                    }
                }
            }
            out.append('}');
        } else {
            out.append(value);  // the JDK's value types (Path, URI, Duration, ZoneId …) print what they hold
        }
    }

    private static String text(Object value, int depth) {
        var out = new StringBuilder();
        append(out, value, depth + 1);
        return out.toString();
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object get(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private BuildInputs() {}
}
