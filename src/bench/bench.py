#!/usr/bin/env python3
"""Every benchmark in one command, side by side with nginx (the ceiling) and hugo (the static-generator peer):

    python3 src/bench/bench.py            # the full run: about 25 minutes on 2 cores
    python3 src/bench/bench.py --smoke    # a second of each, to keep the scripts working (CI runs this)

Needs target/tidings.jar (mvn -q -DskipTests package), and wrk, ab (apache2-utils), nginx, hugo and taskset (Debian
packages); jcmd from the JDK. Load tests
bind only 127.0.0.1, pin the server to core 0 and wrk to core 1, and stop by themselves. Prints a table and writes it,
with the raw numbers, to target/bench/.
"""
import argparse
import ctypes
import glob
import gzip
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(ROOT, "target", "tidings.jar")
OUT = os.path.join(ROOT, "target", "bench")
BENCH = os.path.dirname(os.path.abspath(__file__))


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def die_with_parent():
    """For Popen's preexec_fn: the child gets SIGTERM when this script ends, however it ends (PR_SET_PDEATHSIG)."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url, timeout=120.0, headers=None):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=60) as r:
                return r.read(), dict(r.headers)
        except urllib.error.HTTPError:
            raise
        except OSError:
            time.sleep(0.02)  # not listening yet
    raise RuntimeError("no answer from " + url)


SMOKE = False
JDKS = None  # every JDK found, unless --jdks names some


def jdks():
    """The default java (17), and Temurin 25 where installed; just the first in a smoke run."""
    found = [("17", "java")]
    for home in sorted(glob.glob("/usr/lib/jvm/temurin-25*")):
        found.append(("25", os.path.join(home, "bin", "java")))
    found = [jdk for jdk in found if JDKS is None or jdk[0] in JDKS]
    return found[:1] if SMOKE else found


class Tidings:
    """tidings serve, as its own process, optionally pinned to a core."""

    def __init__(self, java, content=None, core=None, heap=None, args=(), jar=None):
        self.port = free_port()
        command = ([] if core is None else ["taskset", "-c", str(core)]) + [java]
        command += (["-Xmx" + heap] if heap else []) + ["-jar", jar or JAR, "serve", "--host", "127.0.0.1",
                                                          "--port", str(self.port)]
        command += (["--content", content] if content else []) + list(args)
        self.log = tempfile.NamedTemporaryFile(prefix="tidings-", suffix=".log", delete=False)
        self.started = time.time()
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT,
                                        preexec_fn=die_with_parent)
        self.url = "http://127.0.0.1:%d" % self.port

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def text_log(self):
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            return f.read()


class Nginx:
    """nginx serving files with gzip_static and etag, pinned to a core."""

    def __init__(self, root, core):
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="nginx-")
        conf = os.path.join(self.dir, "nginx.conf")
        with open(conf, "w") as f:
            f.write("""daemon off; worker_processes 1; pid %(d)s/nginx.pid; error_log %(d)s/error.log;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 1000000;
  types { application/atom+xml atom; application/rss+xml rss; application/feed+json json; }
  client_body_temp_path %(d)s; proxy_temp_path %(d)s; fastcgi_temp_path %(d)s; uwsgi_temp_path %(d)s;
  scgi_temp_path %(d)s;
  server { listen 127.0.0.1:%(p)d; root %(r)s; gzip_static on; etag on; gzip_vary on;
           add_header Cache-Control "public, max-age=900"; }
}
""" % {"d": self.dir, "p": self.port, "r": root})
        self.process = subprocess.Popen(["taskset", "-c", str(core), "nginx", "-c", conf, "-p", self.dir],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        preexec_fn=die_with_parent)
        self.url = "http://127.0.0.1:%d" % self.port

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(30)
        shutil.rmtree(self.dir, ignore_errors=True)


def wrk(url, seconds, connections=64, headers=(), script=None):
    """Requests/s and latency percentiles (ms) from wrk on core 1."""
    command = ["taskset", "-c", "1", "wrk", "-t1", "-c%d" % connections, "-d%ds" % seconds, "--latency"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", script]
    output = subprocess.run(command + [url], capture_output=True, text=True, timeout=seconds + 60).stdout
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for p in ("50", "99"):
        m = re.search(r"\s%s(?:\.000)?%%\s+([\d.]+)(us|ms|s)" % p, output)
        scale = {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
        result["p" + p] = float(m.group(1)) * scale
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result["errors"] = int(non2xx.group(1)) if non2xx else 0
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if errors:
        result["errors"] += sum(int(x) for x in errors.groups())
    return result


def ab_head(url, seconds, connections=64, headers=()):
    """HEAD requests with ApacheBench on core 1 (wrk's parser waits for a HEAD response's body)."""
    command = ["taskset", "-c", "1", "ab", "-i", "-k", "-q", "-c", str(connections), "-t", str(seconds),
               "-n", "100000000"]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run(command + [url], capture_output=True, text=True, timeout=seconds + 60).stdout
    result = {"rps": float(re.search(r"Requests per second:\s+([\d.]+)", output).group(1))}
    for p in ("50", "99"):
        result["p" + p] = float(re.search(r"\s%s%%\s+(\d+)" % p, output).group(1))  # whole ms
    failed = re.search(r"Failed requests:\s+(\d+)", output)
    non2xx = re.search(r"Non-2xx responses:\s+(\d+)", output)
    result["errors"] = (int(failed.group(1)) if failed else 0) + (int(non2xx.group(1)) if non2xx else 0)
    return result


class Bare:
    """BareHandler.java: a bare Javalin handler serving the same bytes and ETag, pinned to a core."""

    def __init__(self, feed_gz, etag, core):
        self.port = free_port()
        self.process = subprocess.Popen(["taskset", "-c", str(core), "java", "-cp", JAR,
                                         os.path.join(BENCH, "BareHandler.java"), str(self.port), feed_gz, etag],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        preexec_fn=die_with_parent)
        self.url = "http://127.0.0.1:%d" % self.port

    stop = Tidings.stop


def load_tests(seconds, warmup, before=None, scenarios_only=None):
    """Target 1: the sample's /feed.atom with gzip, 304s and HEAD; nginx and Tidings (each JDK) in turn on core 0."""
    rows = []
    files = tempfile.mkdtemp(prefix="feeds-")
    os.chmod(files, 0o755)  # nginx's worker runs as another user
    # nginx serves the very bytes Tidings serves: take them from a Tidings process.
    # math: tex keeps the TeX engine from starting on the core under test; the hit path is the same either way.
    exporter = Tidings("java", args=["--math", "tex", "--state-dir", "none"])
    identity, _ = wait_http(exporter.url + "/feed.atom")
    compressed, exported = wait_http(exporter.url + "/feed.atom", headers={"Accept-Encoding": "gzip"})
    bare_etag = exported.get("ETag") or exported.get("Etag")
    exporter.stop()
    with open(os.path.join(files, "feed.atom"), "wb") as f:
        f.write(identity)
    with open(os.path.join(files, "feed.atom.gz"), "wb") as f:
        f.write(compressed)
    assert gzip.decompress(compressed) == identity
    servers = [("nginx", None), ("bare javalin", "bare")] + [("tidings jdk" + v, java) for v, java in jdks()]
    if before:
        servers.append(("tidings before jdk17", "before"))
    for name, java in servers:
        if java is None:
            server = Nginx(files, core=0)
        elif java == "bare":
            server = Bare(os.path.join(files, "feed.atom.gz"), bare_etag, core=0)
        else:
            server = Tidings("java" if java == "before" else java, core=0, jar=before if java == "before" else None,
                             args=["--math", "tex", "--state-dir", "none"])
        _, headers = wait_http(server.url + "/feed.atom", headers={"Accept-Encoding": "gzip"})
        etag = headers.get("ETag") or headers.get("Etag")
        url = server.url + "/feed.atom"
        # Warm-up, not counted: the JIT compiles on the same core as the server, and takes a while.
        wrk(url, warmup, headers=["Accept-Encoding: gzip"])
        wrk(url, max(1, warmup // 2), headers=["Accept-Encoding: gzip", "If-None-Match: " + etag])
        ab_head(url, max(1, warmup // 2), headers=["Accept-Encoding: gzip"])
        scenarios = [("GET gzip 200", ["Accept-Encoding: gzip"], wrk),
                     ("GET 304", ["Accept-Encoding: gzip", "If-None-Match: " + etag], wrk),
                     ("HEAD gzip", ["Accept-Encoding: gzip"], ab_head)]
        for scenario, headers_, tool in scenarios:
            if scenarios_only and scenario not in scenarios_only:
                continue
            result = tool(url, seconds, headers=headers_)
            result.update(server=name, scenario=scenario)
            rows.append(result)
            log("%-14s %-13s %10.0f req/s  p50 %.2f ms  p99 %.2f ms  errors %d" % (
                name, scenario, result["rps"], result["p50"], result["p99"], result["errors"]))
        server.stop()
    shutil.rmtree(files, ignore_errors=True)
    return rows


def generate(articles, out):
    """The generated site (kept for the next run): OUT, with its articles in OUT/content/posts."""
    if not os.path.isdir(os.path.join(out, "content")):
        log("generating %d articles in %s" % (articles, out))
        subprocess.run([sys.executable, os.path.join(BENCH, "generate.py"), "--articles", str(articles), "--out", out],
                       check=True)
    return out


def first_byte(java, content, heap=None, args=()):
    """Seconds from process start to the first byte of /feed.atom, and the server (still running)."""
    server = Tidings(java, content=content, heap=heap, args=args)
    wait_http(server.url + "/feed.atom", timeout=300)
    return time.time() - server.started, server


def hugo_build(site):
    out = tempfile.mkdtemp(prefix="hugo-")
    started = time.time()
    subprocess.run(["hugo", "--quiet", "-s", site, "-d", out], check=True, stdout=subprocess.DEVNULL)
    elapsed = time.time() - started
    shutil.rmtree(out, ignore_errors=True)
    return elapsed


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def cold_start(site, runs, with_hugo=True):
    """Target 2: process start to first /feed.atom byte, against hugo building the same collection: the first start
    (an empty state folder, so every formula of the site feed is rendered) and a restart (the state folder kept)."""
    content = os.path.join(site, "content", "posts")
    rows = []
    hugo = median([hugo_build(site) for _ in range(runs)]) if with_hugo and shutil.which("hugo") else None
    if hugo:
        log("hugo build: %.2f s" % hugo)
    for version, java in jdks():
        for math in ("tex",) if SMOKE else ("tex", "mathml"):
            first, again, rendered = [], [], []
            for _ in range(runs):
                state = tempfile.mkdtemp(prefix="tidings-state-")
                seconds, server = first_byte(java, content, args=["--math", math, "--state-dir", state])
                server.stop()
                first.append(seconds)
                seconds, server = first_byte(java, content, args=["--math", math, "--state-dir", state])
                metrics, _ = wait_http(server.url + "/metrics")
                rendered.append(float(re.search(r"(?m)^tidings_formulas_rendered_total (\S+)$",
                                                metrics.decode()).group(1)))
                server.stop()
                again.append(seconds)
                shutil.rmtree(state, ignore_errors=True)
            for start, times in (("first", first), ("restart", again)):
                row = {"jdk": version, "math": math, "start": start, "first_byte_s": median(times),
                       "runs_s": times, "hugo_s": hugo, "ratio": median(times) / hugo if hugo else None}
                if start == "restart":
                    row["formulas_rendered"] = rendered
                rows.append(row)
                log("%s start jdk%s math=%s: %.2f s (runs %s)%s" % (
                    start, version, math, row["first_byte_s"], ", ".join("%.2f" % t for t in times),
                    " (%.2fx hugo)" % row["ratio"] if hugo else ""))
    return rows


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))


def heap_after_gc(pid):
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, timeout=60)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=60).stdout
    m = re.search(r"used (\d+)K", info)
    return int(m.group(1)) // 1024 if m else None


def feed_urls(server):
    """Every feed the server lists, as paths (from its OPML)."""
    opml, _ = wait_http(server.url + "/feeds.opml")
    paths = []
    for url in re.findall(r'xmlUrl="([^"]+)"', opml.decode()):
        path = "/" + url.split("/", 3)[3]
        for ext in ("atom", "rss", "json"):
            paths.append(re.sub(r"\.(atom|json)$", "." + ext, path))
    return sorted(set(paths))


def large(site, seconds):
    """Targets 2 (100k), 3, 4 and 6: cold start with -Xmx512m, memory under load, change latency, every feed."""
    content = os.path.join(site, "content", "posts")
    java = "java"
    seconds_to_first, server = first_byte(java, content, heap="512m", args=["--math", "tex", "--state-dir", "none"])
    log("100k cold start (-Xmx512m): %.2f s" % seconds_to_first)
    pid = server.process.pid
    result = {"first_byte_s": seconds_to_first}
    # Target 4: one edit shows up in /feed.atom; the log says how many files were parsed for it. First let the watcher
    # register the folders and finish its catch-up scan, as it does once after start-up.
    deadline = time.time() + 120
    while not re.search(r"watching .* for changes", server.text_log()) and time.time() < deadline:
        time.sleep(0.1)
    time.sleep(3)
    feed, _ = wait_http(server.url + "/feed.atom?math=tex")
    number = re.search(r"<entry><title type=\"text\">[^<]* (\d+)</title>", feed.decode()).group(1)
    newest = glob.glob(os.path.join(content, "*", "post-%s.md" % number))[0]  # the feed's first entry
    with open(newest, encoding="utf-8") as f:
        original = f.read()
    latencies = []
    for attempt in range(3):
        marker = "bench-edit-%d-%d" % (attempt, time.time_ns())
        with open(newest, "w", encoding="utf-8") as f:
            f.write(re.sub(r'^title: "([^"]*)"', 'title: "\\1 %s"' % marker, original, count=1, flags=re.M))
        written = time.time()
        while marker.encode() not in urllib.request.urlopen(server.url + "/feed.atom?math=tex").read():
            if time.time() - written > 30:
                raise RuntimeError("the edit never showed up")
            time.sleep(0.005)
        latencies.append((time.time() - written) * 1000)
        time.sleep(0.5)
    with open(newest, "w", encoding="utf-8") as f:
        f.write(original)
    result["change_ms"] = latencies
    result["change_log"] = re.findall(r"updated .* in \d+ ms: \d+ file\(s\) parsed", server.text_log())[-1:]
    log("change visible after %s ms; %s" % (", ".join("%.0f" % l for l in latencies), result["change_log"]))
    # Targets 3 and 6: every category, tag and author feed, in all formats, in a loop, under -Xmx512m.
    paths = feed_urls(server)
    script = os.path.join(tempfile.mkdtemp(prefix="wrk-"), "feeds.lua")
    with open(script, "w") as f:
        f.write("paths = {%s}\ni = 0\nrequest = function()\n  i = i %% #paths + 1\n"
                "  return wrk.format(\"GET\", paths[i], {[\"Accept-Encoding\"] = \"gzip\"})\nend\n"
                % ", ".join('"%s"' % p for p in paths))
    cold = wrk(server.url + "/", seconds, connections=16, script=script)  # renders every feed once, then hits
    hot = wrk(server.url + "/", seconds, connections=64, script=script)
    result.update(feeds=len(paths), every_feed_first_pass=cold, every_feed=hot, heap_mb=heap_after_gc(pid),
                  rss_mb=rss_kb(pid) // 1024, oom="OutOfMemoryError" in server.text_log())
    log("%d feeds in a loop: %.0f req/s (first pass %.0f), p99 %.2f ms; heap after GC %s MB, RSS %d MB, OOM: %s" % (
        len(paths), hot["rps"], cold["rps"], hot["p99"], result["heap_mb"], result["rss_mb"], result["oom"]))
    server.stop()
    return result


def render_scaling(sites):
    """Target 5: rendering a 20-entry feed from a 1,000- and a 100,000-article collection."""
    output = subprocess.run(["java", "-Xmx512m", "-cp", JAR, os.path.join(BENCH, "RenderBench.java")] + sites,
                            capture_output=True, text=True, check=True).stdout
    log(output.strip())
    return json.loads(output.strip().splitlines()[-1])


JMH = ["org.openjdk.jmh:jmh-core:1.37", "org.openjdk.jmh:jmh-generator-annprocess:1.37",
       "net.sf.jopt-simple:jopt-simple:5.0.4", "org.apache.commons:commons-math3:3.6.1"]


def jmh(quick):
    """Target 5: JMH numbers for rendering the sample's Atom, RSS and JSON feeds with a cold feed cache."""
    lib = os.path.join(ROOT, "target", "bench-lib")
    classes = os.path.join(ROOT, "target", "bench-classes")
    os.makedirs(classes, exist_ok=True)
    for artifact in JMH:
        subprocess.run(["mvn", "-q", "dependency:copy", "-Dartifact=" + artifact, "-DoutputDirectory=" + lib],
                       check=True, cwd=ROOT)
    jars = ":".join(glob.glob(os.path.join(lib, "*.jar")))
    subprocess.run(["javac", "-d", classes, "-cp", JAR + ":" + jars, "-processorpath", jars,
                    os.path.join(BENCH, "jmh", "FeedRenderBench.java")], check=True)
    out = os.path.join(OUT, "jmh.json")
    runs = ["-f", "1", "-wi", "1", "-i", "1", "-w", "1s", "-r", "1s"] if quick else \
        ["-f", "1", "-wi", "5", "-i", "5", "-w", "3s", "-r", "3s"]
    subprocess.run(["java", "-cp", classes + ":" + JAR + ":" + jars, "org.openjdk.jmh.Main", "FeedRenderBench"]
                   + runs + ["-rf", "json", "-rff", out], check=True, stdout=subprocess.DEVNULL)
    with open(out) as f:
        results = json.load(f)
    rows = []
    for r in results:
        row = {"format": r["params"]["format"], "math": r["params"]["math"], "ms": float(r["primaryMetric"]["score"]),
               "error": float(r["primaryMetric"]["scoreError"])}
        rows.append(row)
        log("JMH render %s %s: %.2f ± %.2f ms" % (row["format"], row["math"], row["ms"], row["error"]))
    return rows


def table(report):
    lines = ["| server | scenario | requests/s | p50 ms | p99 ms | × nginx |", "|---|---|---|---|---|---|"]
    nginx = {r["scenario"]: r["rps"] for r in report["load"] if r["server"] == "nginx"}
    lines += [] if report["load"] else ["| (not run) | | | | | |"]
    for r in report["load"]:
        lines.append("| %s | %s | %.0f | %.2f | %.2f | %.2f |" % (r["server"], r["scenario"], r["rps"], r["p50"],
                                                              r["p99"], r["rps"] / nginx[r["scenario"]]))
    lines += ["", "| collection | start | JDK | math | first /feed.atom byte (median) | runs | hugo build | × hugo |",
              "|---|---|---|---|---|---|---|---|"]
    for name, rows in report["cold"].items():
        for r in rows:
            lines.append("| %s | %s | %s | %s | %.2f s | %s | %s | %s |" % (
                name, r["start"], r["jdk"], r["math"], r["first_byte_s"], ", ".join("%.1f" % t for t in r["runs_s"]),
                "%.2f s" % r["hugo_s"] if r["hugo_s"] else "–", "%.2f" % r["ratio"] if r["ratio"] else "–"))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few seconds of each step")
    parser.add_argument("--data", default=os.path.join(tempfile.gettempdir(), "tidings-bench"),
                        help="where generated collections are kept between runs")
    parser.add_argument("--only", default="load,cold,large,render,jmh",
                        help="comma-separated steps to run (default: all)")
    parser.add_argument("--seconds", type=int, help="of each load scenario (default 15; 1 with --smoke)")
    parser.add_argument("--warmup", type=int, help="seconds of warm-up before the load scenarios (default 40)")
    parser.add_argument("--scenarios", help="comma-separated load scenarios to run, e.g. 'GET 304,HEAD gzip'")
    parser.add_argument("--before", help="another tidings jar to load side by side (JDK 17), e.g. the last release")
    parser.add_argument("--jdks", help="comma-separated JDKs to load (17, 25; default: every one installed)")
    args = parser.parse_args()
    global SMOKE, JDKS
    SMOKE = args.smoke
    JDKS = args.jdks.split(",") if args.jdks else None
    for tool in ("wrk", "ab", "nginx", "taskset"):
        if not shutil.which(tool):
            sys.exit("%s is needed (Debian package)" % tool)
    if not os.path.exists(JAR):
        sys.exit("build first: mvn -q -DskipTests package")
    os.makedirs(OUT, exist_ok=True)
    report = {"machine": {"cores": os.cpu_count(), "java": [v for v, _ in jdks()], "smoke": args.smoke}}
    steps = set(args.only.split(","))
    seconds = 1 if args.smoke else 15
    load_seconds = args.seconds or seconds
    warmup = args.warmup if args.warmup is not None else 1 if args.smoke else 40
    scenarios = set(args.scenarios.split(",")) if args.scenarios else None
    report["load"] = load_tests(load_seconds, warmup, args.before and os.path.abspath(args.before),
                                scenarios) if "load" in steps else []
    if args.smoke:
        report["cold"] = {"200 articles": cold_start(generate(200, os.path.join(args.data, "c200")), 1,
                                                     with_hugo=False)}
    else:
        c10k = generate(10_000, os.path.join(args.data, "c10k"))
        c1k = generate(1_000, os.path.join(args.data, "c1k"))
        c100k = generate(100_000, os.path.join(args.data, "c100k"))
        report["cold"] = {"10,000 articles": cold_start(c10k, 3)} if "cold" in steps else {}
        if "large" in steps:
            report["large"] = large(c100k, 20)
        if "render" in steps:
            report["render"] = render_scaling([os.path.join(c1k, "content", "posts"),
                                               os.path.join(c100k, "content", "posts")])
        if "jmh" in steps:
            report["jmh"] = jmh(quick=False)
    text = table(report)
    if args.smoke:
        text = "(a smoke run: the JIT is still cold, so these numbers say nothing; run without --smoke)\n\n" + text
    print(text)
    with open(os.path.join(OUT, "results.md"), "w") as f:
        f.write(text + "\n")
    for step in ("large", "render", "jmh"):
        if step in report:
            print("\n%s: %s" % (step, json.dumps(report[step])))
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump(report, f, indent=1)
    bad = [r for r in report["load"] if r["errors"]]
    if bad:
        sys.exit("errors under load: %s" % bad)


if __name__ == "__main__":
    main()
