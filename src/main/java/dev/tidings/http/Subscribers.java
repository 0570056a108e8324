package dev.tidings.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who reads each feed, from what readers say about themselves: the "N subscribers" that Feedly, Inoreader, NewsBlur,
 * Feedbin and others put in their User-Agent (the latest count per reader and feed), and how many other distinct
 * readers fetch it. Only hashes of User-Agents are kept, never addresses; per feed at most {@value #MAX_READERS}.
 * Thread-safe.
 */
final class Subscribers {
    static final int MAX_READERS = 10_000;
    private static final Pattern COUNT = Pattern.compile("(\\d{1,9})\\s+(?:subscribers|readers)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\s*([A-Za-z][\\w .-]*?)(?:[/ ;(]|$)");

    private final Map<String, Map<String, Integer>> counts = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> others = new ConcurrentHashMap<>();
    private final Map<String, Agent> agents = new ConcurrentHashMap<>();
    private static final int MAX_AGENTS = 1_000;
    private static final int MAX_AGENT_LENGTH = 512;

    /** What one User-Agent says: the reader's name and the count it reports ({@code -1}: none), and its hash. */
    private record Agent(String reader, int count, long hash) {
        static Agent of(String userAgent) {
            Matcher count = COUNT.matcher(userAgent);
            return count.find() ? new Agent(Subscribers.reader(userAgent), Integer.parseInt(count.group(1)), 0)
                    : new Agent("", -1, Subscribers.hash(userAgent));
        }
    }

    /** Notes one fetch of {@code feed} (a path the server answered with a feed) by {@code userAgent}. */
    void fetched(String feed, String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return;
        }
        Agent agent = agents.get(userAgent);  // a poller's User-Agent is read once, not on every poll
        if (agent == null) {
            agent = Agent.of(userAgent);
            if (userAgent.length() <= MAX_AGENT_LENGTH) {
                if (agents.size() >= MAX_AGENTS) {
                    agents.clear();  // many distinct agents: start over rather than grow
                }
                agents.put(userAgent, agent);
            }
        }
        if (agent.count() >= 0) {
            counts.computeIfAbsent(feed, f -> new ConcurrentHashMap<>()).put(agent.reader(), agent.count());
            return;
        }
        Set<Long> seen = others.get(feed);  // reads first: a poller seen before changes nothing and takes no lock
        if (seen == null) {
            seen = others.computeIfAbsent(feed, f -> ConcurrentHashMap.newKeySet());
        }
        long reader = agent.hash();
        if (seen.size() < MAX_READERS && !seen.contains(reader)) {
            seen.add(reader);
        }
    }

    /** The readers of {@code feed} that reported a count (a live view). */
    Set<String> reporting(String feed) {
        return counts.getOrDefault(feed, Map.of()).keySet();
    }

    int reported(String feed, String reader) {
        return counts.getOrDefault(feed, Map.of()).getOrDefault(reader, 0);
    }

    boolean hasOtherReaders(String feed) {
        return others.containsKey(feed);
    }

    int otherReaders(String feed) {
        Set<Long> seen = others.get(feed);
        return seen == null ? 0 : seen.size();
    }

    /** Reported subscribers, by feed and reader: {@code {"/feed.atom": {"Feedly": 42}}}. */
    Map<String, Map<String, Integer>> reported() {
        var copy = new TreeMap<String, Map<String, Integer>>();
        counts.forEach((feed, readers) -> copy.put(feed, new TreeMap<>(readers)));
        return copy;
    }

    /** Distinct other readers (User-Agents without a count), by feed. */
    Map<String, Integer> otherReaders() {
        var copy = new TreeMap<String, Integer>();
        others.forEach((feed, seen) -> copy.put(feed, seen.size()));
        return copy;
    }

    /** The reader's name: the User-Agent's first word ({@code Feedly/1.0 (…)} → {@code Feedly}). */
    static String reader(String userAgent) {
        if (userAgent.startsWith("NewsBlur")) {
            return "NewsBlur";  // "NewsBlur Feed Fetcher - 12 subscribers - …"
        }
        Matcher name = NAME.matcher(userAgent);
        return name.find() ? name.group(1).strip() : "unknown";
    }

    private static long hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | (digest[i] & 0xFF);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
