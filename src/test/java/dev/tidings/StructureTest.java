package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on what the build produced:
 * <ul>
 *   <li>No two top-level classes of one package use each other (a nested class counts as part of its top-level
 *   class), nor do longer cycles run through a package: the JDK's {@code jdeps -verbose:class -filter:none} reads the
 *   compiled classes in {@code target/classes}, so only real code dependencies count, not javadoc links.</li>
 *   <li>At most {@value #MAX_LONG_FILES} files in {@code src/main/java} are over {@value #LONG} lines, and each says
 *   why in its top-level type's javadoc, with a sentence that starts with the fixed phrase {@value #WHY} (e.g. "Over
 *   200 lines because Rome's Atom beans need one setter per field, and splitting them hides the element order.").
 *   Line breaks and the javadoc's asterisks inside the phrase do not matter.</li>
 * </ul>
 * Failures list every offending pair, cycle or file, so one run shows all there is to fix.
 */
final class StructureTest {
    static final int LONG = 200;
    static final int MAX_LONG_FILES = 4;
    static final String WHY = "Over 200 lines because";

    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path SOURCES = Path.of("src", "main", "java");
    // "   dev.tidings.feed.Feeds$1   -> dev.tidings.feed.FeedLists   classes"
    private static final Pattern DEPENDENCY = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+\\S+$");

    @Test
    void noTwoClassesOfAPackageDependOnEachOther() throws IOException {
        Map<String, Set<String>> uses = samePackageDependencies();
        var pairs = new ArrayList<String>();
        uses.forEach((a, targets) -> targets.stream()
                .filter(b -> a.compareTo(b) < 0 && uses.getOrDefault(b, Set.of()).contains(a))
                .forEach(b -> pairs.add(simple(a) + " <-> " + simple(b) + " (" + packageOf(a) + ")")));
        var cycles = new ArrayList<String>();
        for (Set<String> component : stronglyConnected(uses)) {
            if (component.size() > 2) {
                cycles.add(component.stream().map(StructureTest::simple).collect(Collectors.joining(", ", "{", "}"))
                        + " (" + packageOf(component.iterator().next()) + ")" + exampleCycle(component, uses)
                        .map(cycle -> "\n    e.g. " + cycle.stream().map(StructureTest::simple)
                                .collect(Collectors.joining(" -> ")))
                        .orElse(""));
            }
        }
        var report = new StringBuilder();
        if (!pairs.isEmpty()) {
            report.append(pairs.size()).append(" pairs of classes use each other:\n  ")
                    .append(String.join("\n  ", pairs)).append('\n');
        }
        if (!cycles.isEmpty()) {
            report.append(cycles.size()).append(" longer cycles (every class in each reaches every other):\n  ")
                    .append(String.join("\n  ", cycles)).append('\n');
        }
        assertThat(report.toString()).as("dependencies within a package must run one way").isEmpty();
    }

    @Test
    void longFilesAreFewAndSayWhy() throws IOException {
        SortedMap<Path, Integer> longFiles = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                int lines = Files.readAllLines(file).size();
                if (lines > LONG) {
                    longFiles.put(file, lines);
                }
            }
        }
        var unexplained = new ArrayList<String>();
        for (var file : longFiles.entrySet()) {
            if (!typeJavadoc(file.getKey()).contains(WHY)) {
                unexplained.add(file.getKey() + " (" + file.getValue() + " lines)");
            }
        }
        var report = new StringBuilder();
        if (longFiles.size() > MAX_LONG_FILES) {
            report.append(longFiles.size()).append(" files are over ").append(LONG).append(" lines; at most ")
                    .append(MAX_LONG_FILES).append(" may be:\n  ").append(longFiles.entrySet().stream()
                            .map(e -> e.getKey() + " (" + e.getValue() + " lines)").collect(Collectors.joining("\n  ")))
                    .append('\n');
        }
        if (!unexplained.isEmpty()) {
            report.append(unexplained.size()).append(" files over ").append(LONG)
                    .append(" lines do not say why in their type's javadoc ('").append(WHY).append(" …'):\n  ")
                    .append(String.join("\n  ", unexplained)).append('\n');
        }
        assertThat(report.toString()).as("long files").isEmpty();
    }

    /**
     * For each top-level class with a source file, the top-level classes of the same package it uses: jdeps' class
     * dependencies with nested and anonymous classes folded into their top-level class, and self-uses dropped.
     * Classes without a source (left over from a deleted file) are ignored.
     */
    private static Map<String, Set<String>> samePackageDependencies() throws IOException {
        assertThat(CLASSES).as("compiled main classes (run the tests through Maven)").isDirectory();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError(
                "jdeps is not available: the tests need a JDK, not a JRE"));
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", "-filter:none",
                CLASSES.toString());
        assertThat(exit).as("jdeps exit status; it said:\n" + err).isZero();

        Set<String> sources = topLevelSources();
        Map<String, Set<String>> uses = new TreeMap<>();
        for (String line : out.toString().lines().toList()) {
            Matcher m = DEPENDENCY.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String from = topLevel(m.group(1));
            String to = topLevel(m.group(2));
            if (!sources.contains(from)) {
                continue;
            }
            Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
            if (!from.equals(to) && sources.contains(to) && packageOf(from).equals(packageOf(to))) {
                targets.add(to);
            }
        }
        // Every class uses at least java.lang.Object, so each one compiled must have shown up: else jdeps read nothing.
        assertThat(uses.keySet()).as("classes jdeps reported").containsAll(sources);
        return uses;
    }

    /** Fully qualified names of the top-level classes of src/main/java, one per source file. */
    private static Set<String> topLevelSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            Set<String> names = files.map(f -> SOURCES.relativize(f).toString())
                    .filter(f -> f.endsWith(".java") && !f.endsWith("package-info.java"))
                    .map(f -> f.substring(0, f.length() - ".java".length()).replace('/', '.').replace('\\', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(names).as("sources in " + SOURCES).isNotEmpty();
            return names;
        }
    }

    private static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** Tarjan's algorithm, iteratively: the sets of classes that all reach each other, in a stable order. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> uses) {
        var index = new HashMap<String, Integer>();
        var low = new HashMap<String, Integer>();
        var stack = new ArrayDeque<String>();
        var onStack = new HashSet<String>();
        var components = new ArrayList<Set<String>>();
        for (String start : uses.keySet()) {
            if (index.containsKey(start)) {
                continue;
            }
            Deque<Map.Entry<String, Iterator<String>>> work = new ArrayDeque<>();
            visit(start, index, low, stack, onStack, work, uses);
            while (!work.isEmpty()) {
                var top = work.peek();
                String node = top.getKey();
                if (top.getValue().hasNext()) {
                    String next = top.getValue().next();
                    if (!index.containsKey(next)) {
                        visit(next, index, low, stack, onStack, work, uses);
                    } else if (onStack.contains(next)) {
                        low.put(node, Math.min(low.get(node), index.get(next)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = work.peek().getKey();
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    var component = new TreeSet<String>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    components.add(component);
                }
            }
        }
        components.sort(Comparator.comparing(c -> c.iterator().next()));
        return components;
    }

    /** A shortest cycle of three or more classes within {@code component}, from its first class back to it. */
    private static Optional<List<String>> exampleCycle(Set<String> component, Map<String, Set<String>> uses) {
        String start = component.iterator().next();
        for (int length = 3; length <= component.size(); length++) {
            var path = new ArrayList<>(List.of(start));
            if (extend(path, length, component, uses)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** Depth-first: extends {@code path} to a simple cycle of exactly {@code length} classes, ending at its start. */
    private static boolean extend(List<String> path, int length, Set<String> component, Map<String, Set<String>> uses) {
        String last = path.get(path.size() - 1);
        for (String next : uses.getOrDefault(last, Set.of())) {
            if (!component.contains(next)) {
                continue;
            }
            if (next.equals(path.get(0)) && path.size() == length) {
                path.add(next);
                return true;
            }
            if (path.size() < length && !path.contains(next)) {
                path.add(next);
                if (extend(path, length, component, uses)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    private static void visit(String node, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                              Set<String> onStack, Deque<Map.Entry<String, Iterator<String>>> work,
                              Map<String, Set<String>> uses) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        work.push(Map.entry(node, uses.getOrDefault(node, Set.of()).iterator()));
    }

    /**
     * The javadoc right before the file's top-level type declaration (annotations may stand between), with its
     * leading asterisks and line breaks folded into single spaces; empty if there is none.
     */
    static String typeJavadoc(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".java", "");
        String text = Files.readString(file);
        Matcher declaration = Pattern.compile("(?m)^(?:(?:public|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
                + "(?:class|record|interface|enum|@interface)\\s+" + Pattern.quote(name) + "\\b").matcher(text);
        if (!declaration.find()) {
            return "";
        }
        String before = text.substring(0, declaration.start());
        int open = before.lastIndexOf("/**");
        int close = before.lastIndexOf("*/");
        if (open < 0 || close < open) {
            return "";
        }
        if (!onlyAnnotations(before.substring(close + 2))) {
            return "";  // that javadoc belongs to something else
        }
        return before.substring(open + 3, close).lines().map(line -> line.strip().replaceFirst("^\\*\\s?", ""))
                .collect(Collectors.joining(" ")).replaceAll("\\s+", " ").strip();
    }

    /** Whether {@code text} holds nothing but annotations (with arguments, over several lines) and whitespace. */
    private static boolean onlyAnnotations(String text) {
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == text.length()) {
                return true;
            }
            if (text.charAt(i) != '@') {
                return false;
            }
            i++;
            while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '(') {
                int depth = 0;
                boolean quoted = false;
                for (; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (quoted) {
                        if (c == '\\') {
                            i++;
                        } else if (c == '"') {
                            quoted = false;
                        }
                    } else if (c == '"') {
                        quoted = true;
                    } else if (c == '(') {
                        depth++;
                    } else if (c == ')' && --depth == 0) {
                        i++;
                        break;
                    }
                }
            }
        }
    }
}
