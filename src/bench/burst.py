#!/usr/bin/env python3
"""A burst over every category, tag and author feed right after start: the first-render stampede (issue 17).

    python3 src/bench/burst.py [--jar target/tidings.jar] [--articles 10000] [--runs 3] [--clients 16] [--restart
                               [--new-post-while-down]]

Starts `tidings serve` on 127.0.0.1 with the generated collection (`generate.py`, kept in $TMPDIR/tidings-bench/),
waits for the first byte of /feed.atom, then at once sends every feed the OPML lists, in all three formats, once each,
from CLIENTS keep-alive connections (gzip, as readers ask), and prints the latency percentiles of that first pass and
the CPU time the server used during it (user + system, from /proc: what the pass cost, whatever else loads the machine).
With --after-warm it waits instead until the server logs that it rendered its subscription feeds ahead of requests.
With --restart each run first serves the collection once on a state folder of its own until every feed is rendered,
stops, and bursts right after starting again on that folder; with --new-post-while-down too, a new article (the newest,
in a category and two tags) is added while the server is down, as publishing a post and restarting does, and removed
after the run.
Each run starts a fresh server; the medians of the runs are printed last. Bounded: a request gives up after 60 s.
"""

import argparse
import http.client
import os
import queue
import re
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the server and collection helpers)


def first_pass(port, paths, clients):
    """Latencies (ms) of one request per path, CLIENTS at a time, and the seconds the pass took."""
    todo = queue.Queue()
    for path in paths:
        todo.put(path)
    latencies, failures = [], []

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            try:
                path = todo.get_nowait()
            except queue.Empty:
                break
            started = time.perf_counter()
            connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
            response = connection.getresponse()
            response.read()
            latencies.append((time.perf_counter() - started) * 1000)
            if response.status != 200:
                failures.append("%s: %d" % (path, response.status))
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise RuntimeError("not 200: " + ", ".join(failures[:5]))
    return sorted(latencies), time.perf_counter() - started


def cpu_seconds(pid):
    """User and system CPU time the process has used so far, in seconds (Linux)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values, p):
    return values[min(len(values) - 1, int(len(values) * p / 100))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=bench.JAR)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--after-warm", action="store_true",
                        help="burst once the server logs that it rendered every subscription feed ahead of requests")
    parser.add_argument("--restart", action="store_true",
                        help="burst right after a restart: each run starts once with a state folder of its own, "
                             "waits until the feeds are rendered ahead, stops, and starts again on the kept folder")
    parser.add_argument("--new-post-while-down", action="store_true",
                        help="with --restart: add a new article between the two starts (removed after the run)")
    parser.add_argument("--data", default=os.path.join(bench.tempfile.gettempdir(), "tidings-bench"))
    args = parser.parse_args()
    bench.JAR = os.path.abspath(args.jar)
    site = bench.generate(args.articles, os.path.join(args.data, "c%dk" % (args.articles // 1000)
                                                      if args.articles >= 1000 else "c%d" % args.articles))
    content = os.path.join(site, "content", "posts")
    rows = []
    for run in range(args.runs):
        state = bench.tempfile.mkdtemp(prefix="tidings-burst-state-") if args.restart else "none"
        if args.restart:  # a first run fills the state folder, then stops as a service manager stops it
            server = bench.Tidings("java", content=content, args=["--math", "tex", "--state-dir", state])
            try:
                bench.wait_http(server.url + "/feed.atom", timeout=300)
                deadline = time.time() + 300
                while "ahead of requests" not in server.text_log() and time.time() < deadline:
                    time.sleep(0.1)
            finally:
                server.stop()
        new_post = os.path.join(content, "burst-new-post.md")
        if args.new_post_while_down:
            now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
            with open(new_post, "w") as f:
                f.write("---\ntitle: \"新文章 %d\"\ndate: %s\ntags: [\"标签1\", \"tag-3\"]\ncategories: [\"数学\"]\n"
                        "author: \"Ada\"\n---\n发布之后重新启动。\n" % (run, now))
        server = bench.Tidings("java", content=content, args=["--math", "tex", "--state-dir", state])
        try:
            bench.wait_http(server.url + "/feed.atom", timeout=300)
            warmed = None
            if args.after_warm:
                deadline = time.time() + 300
                while not warmed and time.time() < deadline:
                    time.sleep(0.1)
                    warmed = re.search(r"feeds of catalog v1 ahead of requests in (\d+) ms", server.text_log())
                if not warmed:
                    raise RuntimeError("the server never said it had rendered its feeds ahead of requests")
            paths = [p for p in bench.feed_urls(server)  # categories, tags, authors; not the images variant
                     if p.count("/") > 1 and not p.startswith("/math-images/")]
            cpu = cpu_seconds(server.process.pid)
            latencies, seconds = first_pass(server.port, paths, args.clients)
            cpu = cpu_seconds(server.process.pid) - cpu
        finally:
            server.stop()
            if args.restart:
                bench.shutil.rmtree(state, ignore_errors=True)
            if os.path.exists(new_post):
                os.remove(new_post)
        row = {"warm_ms": int(warmed.group(1)) if warmed else None, "feeds": len(paths), "p50": percentile(latencies, 50), "p99": percentile(latencies, 99),
               "max": latencies[-1], "seconds": seconds, "cpu": cpu}
        rows.append(row)
        bench.log("run %d: %d feeds in %.2f s (server CPU %.1f s); p50 %.1f ms, p99 %.1f ms, max %.1f ms%s" % (
            run + 1, row["feeds"], seconds, cpu, row["p50"], row["p99"], row["max"],
            "" if warmed is None else " (after the server rendered them ahead in %s ms)" % warmed.group(1)))
    print("median of %d runs: p50 %.1f ms, p99 %.1f ms, max %.1f ms, the pass %.2f s, server CPU in the pass %.1f s "
          "(%d feeds, %d clients)" % (
              len(rows), bench.median([r["p50"] for r in rows]), bench.median([r["p99"] for r in rows]),
              bench.median([r["max"] for r in rows]), bench.median([r["seconds"] for r in rows]),
              bench.median([r["cpu"] for r in rows]), rows[0]["feeds"], args.clients))


if __name__ == "__main__":
    main()
