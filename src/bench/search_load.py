"""Search under load: fresh ?q= queries from one client, then 16 clients sending distinct queries beside one reader
polling /feed.atom, for one or more jars side by side on one collection (generate.py writes one).

Usage: search_load.py --jar BEFORE.jar --jar AFTER.jar --content DIR [--seconds 10] [--rounds 3] [--clients 16]
                      [--java-option=-XX:StartFlightRecording=filename=search.jfr,settings=profile ...]

Every jar is started at once (-Xmx512m, math: tex, no state folder, unless --state-dir) and waited for until its log
says the search index is built; then, in each round, each jar in turn (before, after, before, after...):
  1. one client, keep-alive: 40 fresh queries one after the other (median, p90);
  2. wrk (one thread, --clients connections) sends a new query with every request for --seconds, while one Python
     client asks for /feed.atom (gzip) every 10 ms on a connection of its own.
Queries are two or three of generate.py's words, or one of its words with a tag, URL-encoded, never repeated within a
jar's run (every jar gets the same queries in the same round). Prints one line per jar and round, each jar's heap after
a full GC at the end (jcmd), and the medians.
"""
import argparse, http.client, itertools, os, random, re, signal, socket, statistics, subprocess, sys, tempfile
import threading, time, urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import WORDS, TAGS, CATEGORIES  # noqa: E402

LUA = r"""
local queries = {}
for line in io.lines("%(file)s") do queries[#queries + 1] = line end
local next = 1
request = function()
  local q = queries[next]
  next = next + 1
  if next > #queries then next = 1 end
  return wrk.format("GET", "/feed.json?q=" .. q, {["Accept-Encoding"] = "gzip"})
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%d %%d %%d %%.3f %%.3f %%.3f\n", summary.requests, summary.duration,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def queries():
    rnd = random.Random(17)
    two = [a + " " + b for a, b in itertools.permutations(WORDS, 2)]
    three = [" ".join(p) for p in itertools.permutations(WORDS, 3)]
    tagged = [w + " " + t for w in WORDS for t in TAGS + CATEGORIES] + [t + " " + w for w in WORDS for t in TAGS]
    both = [a + " " + b + " " + t for a, b in itertools.permutations(WORDS, 2) for t in TAGS]
    everything = two + three + tagged + both
    rnd.shuffle(everything)
    return everything


def start(jar, content, state, java_options):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
    log = open(os.path.join(tempfile.gettempdir(), "search-load-%d.log" % port), "w")
    p = subprocess.Popen(["java", "-Xmx512m"] + java_options + ["-jar", jar, "serve", "--host", "127.0.0.1",
                          "--port", str(port), "--content", content, "--math", "tex", "--state-dir", state],
                         stdout=log, stderr=subprocess.STDOUT)
    return {"jar": jar, "port": port, "process": p, "log": log.name, "started": time.time()}


def built(server):
    for line in open(server["log"]):
        if "Search index built" in line or "Search index opened" in line:
            return line.strip()
    if server["process"].poll() is not None:
        raise SystemExit("%s stopped: see %s" % (server["jar"], server["log"]))
    return None


def fresh(port, batch):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    times = []
    for q in batch:
        t = time.perf_counter()
        connection.request("GET", "/feed.json?q=" + q, headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse(); response.read()
        times.append((time.perf_counter() - t) * 1000)
        assert response.status == 200, response.status
    connection.close()
    times.sort()
    return statistics.median(times), times[int(len(times) * .9)]


def poll(port, stop, out):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    while not stop.is_set():
        t = time.perf_counter()
        connection.request("GET", "/feed.atom", headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse(); response.read()
        out.append((time.perf_counter() - t) * 1000)
        time.sleep(max(0, 0.010 - (time.perf_counter() - t)))
    connection.close()


def load(port, batch, seconds, clients):
    lines = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)
    lines.write("\n".join(batch) + "\n"); lines.close()
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    script.write(LUA % {"file": lines.name}); script.close()
    stop, polled = threading.Event(), []
    poller = threading.Thread(target=poll, args=(port, stop, polled)); poller.start()
    try:
        out = subprocess.run(["wrk", "-t1", "-c%d" % clients, "-d%ds" % seconds, "--timeout", "30s", "-s", script.name,
                              "http://127.0.0.1:%d" % port], capture_output=True, text=True).stdout
    finally:
        stop.set(); poller.join()
        os.unlink(lines.name); os.unlink(script.name)
    requests, micros, errors, p50, p99, worst = re.search(r"RESULT (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)", out).groups()
    polled.sort()
    return {"rps": int(requests) / (int(micros) / 1e6), "errors": int(errors), "p50": float(p50), "p99": float(p99),
            "max": float(worst), "atom_n": len(polled), "atom_p50": statistics.median(polled),
            "atom_p99": polled[int(len(polled) * .99)]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", action="append", required=True)
    parser.add_argument("--content", required=True)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--state-dir", default="none")
    parser.add_argument("--java-option", action="append", default=[], help="passed to every jar's JVM")
    args = parser.parse_args()
    all_queries = [urllib.parse.quote(q) for q in queries()]
    per_run = 40 + args.seconds * 1500  # more than the fastest server answers in a run: never a repeat
    servers = [start(jar, args.content, args.state_dir, args.java_option) for jar in args.jar]
    results = {jar: [] for jar in args.jar}
    try:
        waiting = list(servers)
        while waiting:
            for server in [s for s in waiting if built(s) is not None]:
                print("%s: %s (%.0f s after start)" % (server["jar"], built(server), time.time() - server["started"]),
                      flush=True)
                waiting.remove(server)
            time.sleep(1)
        for round_ in range(args.rounds):
            batch = all_queries[(round_ * per_run) % len(all_queries):][:per_run]
            if len(batch) < per_run:
                raise SystemExit("not enough distinct queries for %d rounds" % args.rounds)
            for server in servers:
                one = fresh(server["port"], batch[:40])
                r = load(server["port"], batch[40:], args.seconds, args.clients)
                r["fresh_p50"], r["fresh_p90"] = one
                results[server["jar"]].append(r)
                print("round %d %s: one client fresh p50 %.1f ms p90 %.1f | %d clients %.0f req/s p50 %.1f p99 %.1f "
                      "max %.0f ms, %d errors | /feed.atom beside: n=%d p50 %.2f p99 %.2f ms | load %s" % (
                          round_ + 1, server["jar"], one[0], one[1], args.clients, r["rps"], r["p50"], r["p99"],
                          r["max"], r["errors"], r["atom_n"], r["atom_p50"], r["atom_p99"],
                          os.getloadavg()[0]), flush=True)
        for server in servers:
            for _ in range(2):
                subprocess.run(["jcmd", str(server["process"].pid), "GC.run"], capture_output=True)
            info = subprocess.run(["jcmd", str(server["process"].pid), "GC.heap_info"], capture_output=True,
                                  text=True).stdout
            print("%s: heap after GC at the end: %s K" % (server["jar"], re.search(r"used (\d+)K", info).group(1)))
        print("\nmedians over %d rounds:" % args.rounds)
        for jar, rs in results.items():
            m = lambda k: statistics.median(r[k] for r in rs)
            print("%s: fresh p50 %.1f ms | %.0f req/s, p50 %.1f ms, p99 %.1f ms | /feed.atom p50 %.2f ms, p99 %.2f ms"
                  % (jar, m("fresh_p50"), m("rps"), m("p50"), m("p99"), m("atom_p50"), m("atom_p99")))
    finally:
        for server in servers:
            server["process"].send_signal(signal.SIGTERM)
        for server in servers:
            server["process"].wait(timeout=60)


if __name__ == "__main__":
    main()
