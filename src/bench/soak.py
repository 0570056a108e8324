#!/usr/bin/env python3
"""Load while editing: wrk at 256 connections on a mix of feeds (with and without validators) while another thread
adds, edits, renames and deletes articles several times a second, and a checker reads feeds and verifies them.

    python3 src/bench/soak.py --seconds 600     # the soak; results go in src/bench/RESULTS.md
    python3 src/bench/soak.py --seconds 30      # the version CI runs

Passes when: no 5xx; every sampled response parses (XML or JSON); every ETag matches the bytes it came with; the
id of every article that was never edited stays the same; the heap after a full GC at the end is not much above the
one after warm-up. Needs target/tidings.jar, wrk and jcmd. Only 127.0.0.1; stops by itself.
"""
import argparse
import base64
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the same helpers as the benchmarks)

STABLE = 100  # articles post-0 … post-99 are never touched: their ids must never change


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--connections", type=int, default=256)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="tidings-soak-")
    try:
        sys.exit(0 if soak(args, work) else 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def soak(args, work):
    site = os.path.join(work, "site")
    subprocess.run([sys.executable, os.path.join(bench.BENCH, "generate.py"), "--articles", str(args.articles),
                    "--out", site], check=True)
    content = os.path.join(site, "content", "posts")
    server = bench.Tidings("java", content=content, heap="512m", args=["--state-dir", os.path.join(work, "state")])
    bench.wait_http(server.url + "/feed.atom", timeout=120)
    paths = pick_paths(server)
    for path in paths:  # each feed rendered once, as on a server that has been up a while: the soak is about after
        bench.wait_http(server.url + path)
    time.sleep(3)  # the watcher registers the folders and catches up once

    stop = threading.Event()
    problems = []
    stats = {"edits": 0, "checks": 0, "304": 0}
    editor = threading.Thread(target=edit, args=(content, args.articles, stop, stats, problems), daemon=True)
    checker = threading.Thread(target=check, args=(server.url, paths, stop, stats, problems), daemon=True)
    editor.start()
    checker.start()
    warmup = max(5, args.seconds // 10)  # caches fill up first: the heap is compared from then on
    first = run_wrk(server.url, paths, warmup, args.connections, work)
    heap_start = bench.heap_after_gc(server.process.pid)
    load = run_wrk(server.url, paths, args.seconds - warmup, args.connections, work)
    for status, n in first["status"].items():
        load["status"][status] = load["status"].get(status, 0) + n
    load["requests"] += first["requests"]
    load["5xx"] += first["5xx"]
    stop.set()
    editor.join(10)
    checker.join(10)
    time.sleep(1)
    heap_end = bench.heap_after_gc(server.process.pid)
    renders = render_stats(server.url)
    log_text = server.text_log()
    server.stop()

    result = {"seconds": args.seconds, "connections": args.connections, "articles": args.articles,
              "requests": load["requests"], "rps": load["rps"], "status": load["status"], "5xx": load["5xx"],
              "latency_ms": load["latency_ms"], "renders": renders, "edits": stats["edits"], "checked": stats["checks"], "checked_304": stats["304"],
              "heap_mb_start": heap_start, "heap_mb_end": heap_end,
              "oom": "OutOfMemoryError" in log_text, "server_errors_logged": log_text.count(" ERROR "),
              "problems": problems[:20]}
    print(json.dumps(result, indent=1))
    ok = (load["5xx"] == 0 and not problems and not result["oom"] and result["server_errors_logged"] == 0
          and heap_end is not None and heap_end <= heap_start * 1.5 + 64)
    print("PASS" if ok else "FAIL")
    return ok


def pick_paths(server):
    """A mix: the site's feeds, a few category, tag and author feeds, archive pages, in all formats."""
    every = bench.feed_urls(server)
    rnd = random.Random(7)
    named = [p for p in every if p.count("/") > 1]
    chosen = ["/feed.atom", "/feed.rss", "/feed.json", "/archive/1.atom", "/archive/2.rss", "/archive/3.json"]
    return chosen + rnd.sample(named, min(24, len(named)))


def run_wrk(url, paths, seconds, connections, work):
    """wrk cycling through the paths; every other request repeats the last ETag it got for that path."""
    script = os.path.join(work, "soak.lua")
    with open(script, "w") as f:
        f.write("""
paths = {%s}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) i = 0; etags = {}; statuses = {}; conditional = false end
function request()
  if not conditional then i = i %% #paths + 1 end
  local headers = {["Accept-Encoding"] = "gzip"}
  if conditional and etags[paths[i]] then headers["If-None-Match"] = etags[paths[i]] end
  conditional = not conditional
  return wrk.format("GET", paths[i], headers)
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if headers["ETag"] then etags[paths[i]] = headers["ETag"] end
end
function done(summary, latency, requests)
  local all = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("statuses")) do all[status] = (all[status] or 0) + n end
  end
  for status, n in pairs(all) do io.write(string.format("STATUS %%d %%d\\n", status, n)) end
end
""" % ", ".join('"%s"' % p for p in paths))
    output = subprocess.run(["wrk", "-t2", "-c%d" % connections, "-d%ds" % seconds, "--timeout", "10s", "--latency",
                             "-s", script, url], capture_output=True, text=True, timeout=seconds + 120).stdout
    status = {int(s): int(n) for s, n in re.findall(r"STATUS (\d+) (\d+)", output)}
    requests = re.search(r"(\d+) requests in", output)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
            "requests": int(requests.group(1)) if requests else 0, "status": status,
            "5xx": sum(n for s, n in status.items() if s >= 500),
            "latency_ms": {"p50": latency(output, r"^\s+50%\s+(\S+)"), "p99": latency(output, r"^\s+99%\s+(\S+)"),
                           "max": latency(output, r"^\s+Latency(?:\s+\S+){2}\s+(\S+)")}}


def latency(output, pattern):
    """A wrk latency ("870.00us", "12.3ms", "1.2s") in milliseconds."""
    m = re.search(pattern, output, re.M)
    if not m:
        return None
    value = re.match(r"([\d.]+)(us|ms|s|m)", m.group(1))
    return round(float(value.group(1)) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[value.group(2)], 2)


def render_stats(url):
    """How many feeds were rendered (cache misses that were not reused), and how long they took, from /metrics."""
    with urllib.request.urlopen(url + "/metrics", timeout=30) as r:
        text = r.read().decode()
    count = float(re.search(r"^tidings_render_seconds_count (\S+)", text, re.M).group(1))
    total = float(re.search(r"^tidings_render_seconds_sum (\S+)", text, re.M).group(1))
    return {"count": int(count), "mean_ms": round(1000 * total / count, 1) if count else None}


def edit(content, articles, stop, stats, problems):
    """Adds, edits, renames and deletes articles (never the first STABLE ones), several times a second."""
    rnd = random.Random(11)
    extra = 0
    while not stop.is_set():
        try:
            action = rnd.choice(["add", "edit", "edit", "rename", "delete"])
            if action == "add" or extra == 0:
                extra += 1
                path = os.path.join(content, "soak", "new-%d.md" % extra)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                write_atomically(path, "---\ntitle: New %d\ndate: 2026-01-01T00:%02d:00+08:00\ntags: [soak]\n---\n"
                                       "Added while serving: $x_%d^2$.\n" % (extra, extra % 60, extra))
            else:
                n = rnd.randrange(STABLE, articles)
                folder = os.path.join(content, "%03d" % (n // 1000))
                candidates = [f for f in os.listdir(folder) if re.match(r"post-\d+(-renamed\d*)?\.md$", f)]
                target = os.path.join(folder, rnd.choice(candidates))
                number = int(re.search(r"post-(\d+)", target).group(1))
                if number < STABLE:
                    continue
                if action == "edit":
                    with open(target, encoding="utf-8") as f:
                        text = f.read()
                    text = re.sub(r'^title: "([^"]*?)( edited \d+)?"', 'title: "\\1 edited %d"' % stats["edits"],
                                  text, count=1, flags=re.M)
                    write_atomically(target, text)
                elif action == "rename":
                    os.rename(target, re.sub(r"(-renamed\d*)?\.md$", "-renamed%d.md" % stats["edits"], target))
                else:
                    os.remove(target)
            stats["edits"] += 1
        except (OSError, ValueError, IndexError) as e:
            problems.append("editor: %r" % (e,))
        time.sleep(rnd.uniform(0.1, 0.3))


def write_atomically(path, text):
    """Half the time as editors save (a temporary file renamed over the old one), half in place."""
    if random.random() < 0.5:
        temporary = path + ".tmp~"
        with open(temporary, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(temporary, path)
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def check(url, paths, stop, stats, problems):
    """Reads feeds: well-formed, ETag derived from the bytes, ids of untouched articles never changing."""
    rnd = random.Random(13)
    ids = {}
    etags = {}
    while not stop.is_set():
        path = rnd.choice(paths)
        headers = {"If-None-Match": etags[path]} if path in etags and rnd.random() < 0.3 else {}
        try:
            with urllib.request.urlopen(urllib.request.Request(url + path, headers=headers), timeout=30) as r:
                body = r.read()
                etag = r.headers.get("ETag")
            expected = '"%s"' % base64.urlsafe_b64encode(hashlib.sha256(body).digest()[:16]).decode().rstrip("=")
            if etag != expected:
                problems.append("%s: ETag %s does not match its bytes (%s)" % (path, etag, expected))
            etags[path] = etag
            for article, article_id in entries(path, body):
                number = re.search(r"post-(\d+)", article)
                if number and int(number.group(1)) < STABLE:
                    if ids.setdefault(article, article_id) != article_id:
                        problems.append("%s: the id of %s changed from %s to %s" % (path, article, ids[article],
                                                                                    article_id))
        except urllib.error.HTTPError as e:
            if e.code == 304:
                stats["304"] += 1
            elif e.code >= 500 or e.code != 404:  # an archive page may briefly not exist
                problems.append("%s: HTTP %d" % (path, e.code))
        except (OSError, ET.ParseError, ValueError) as e:
            problems.append("%s: %r" % (path, e))
        stats["checks"] += 1
        time.sleep(0.05)


def entries(path, body):
    """(permalink, id) of each entry, from Atom, RSS or JSON Feed; raises if the document does not parse."""
    if path.endswith(".json"):
        return [(item["url"], item["id"]) for item in json.loads(body)["items"]]
    root = ET.fromstring(body)
    atom = "{http://www.w3.org/2005/Atom}"
    if root.tag == atom + "feed":
        return [(e.find(atom + "link").get("href"), e.find(atom + "id").text) for e in root.findall(atom + "entry")]
    return [(i.find("link").text, i.find("guid").text) for i in root.iter("item")]


if __name__ == "__main__":
    main()
