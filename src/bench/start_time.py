#!/usr/bin/env python3
"""Process start to the first byte of /feed.atom, jars side by side, alternating, and hugo building the same files:

    python3 src/bench/start_time.py --jar before=/tmp/old.jar --jar after=target/tidings.jar --runs 5
    python3 src/bench/start_time.py --site /tmp/tidings-bench/c100k --heap 512m --math tex --no-hugo --heap-after-gc

Each run starts with an empty state folder (the first start ever: with MathML every formula of the site feed is
rendered); with --restart it also starts again on the kept folder. The order is jar by jar inside one round, so a
busy machine slows both alike. Prints each run, then medians, with the load average at the end of each round.
"""
import argparse
import os
import re
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402


def start(java, jar, content, math, state, heap, jvm):
    server = Tidings(java, jar, content, math, state, heap, jvm)
    bench.wait_http(server.url + "/feed.atom", timeout=600)
    return time.time() - server.started, cpu_seconds(server.process.pid), server


def cpu_seconds(pid):
    """User and system CPU time the process has used so far (all its threads): less noisy than the wall clock on a
    busy machine, and what parallel work cannot hide."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Tidings(bench.Tidings):
    """bench.Tidings with JVM flags of our own (a CDS archive, a GC) in front of -jar."""

    def __init__(self, java, jar, content, math, state, heap, jvm):
        self.port = bench.free_port()
        command = [java] + (["-Xmx" + heap] if heap else []) + jvm + [
            "-jar", jar, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--content", content,
            "--math", math, "--state-dir", state]
        self.log = tempfile.NamedTemporaryFile(prefix="tidings-", suffix=".log", delete=False)
        self.started = time.time()
        self.process = bench.subprocess.Popen(command, stdout=self.log, stderr=bench.subprocess.STDOUT,
                                              preexec_fn=bench.die_with_parent)
        self.url = "http://127.0.0.1:%d" % self.port


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", action="append", required=True, help="NAME=JAR[,JVM flag,...] (repeatable)")
    parser.add_argument("--site", default=os.path.join(tempfile.gettempdir(), "tidings-bench", "c10k"))
    parser.add_argument("--math", default="tex,mathml")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--java", default="java")
    parser.add_argument("--heap", default=None, help="-Xmx, e.g. 512m")
    parser.add_argument("--restart", action="store_true", help="also start again on the kept state folder")
    parser.add_argument("--no-hugo", action="store_true")
    parser.add_argument("--heap-after-gc", action="store_true", help="jcmd GC.run, GC.heap_info after each start")
    args = parser.parse_args()
    content = os.path.join(args.site, "content", "posts")
    jars = []
    for spec in args.jar:
        name, rest = spec.split("=", 1)
        jar, *jvm = rest.split(",")
        jars.append((name, os.path.abspath(jar), jvm))
    times, cpus = {}, {}
    for round_ in range(args.runs):
        if not args.no_hugo:
            seconds = bench.hugo_build(args.site)
            times.setdefault("hugo", []).append(seconds)
            bench.log("hugo build: %.2f s" % seconds)
        for math in args.math.split(","):
            for name, jar, jvm in jars:
                state = tempfile.mkdtemp(prefix="tidings-state-")
                starts = ("first", "restart") if args.restart else ("first",)
                for kind in starts:
                    seconds, cpu, server = start(args.java, jar, content, math, state, args.heap, jvm)
                    extra = ""
                    if args.heap_after_gc:
                        time.sleep(2)
                        extra = " heap after GC %s MB" % bench.heap_after_gc(server.process.pid)
                    server.stop()
                    loaded = re.search(r"loaded \S+ in (\d+) ms", server.text_log())
                    warmed = re.search(r"rendered the site's feeds in (\d+) ms", server.text_log())
                    times.setdefault((math, name, kind), []).append(seconds)
                    cpus.setdefault((math, name, kind), []).append(cpu)
                    bench.log("%s %s %s: %.2f s, CPU %.1f s (load %s ms, site feeds %s ms)%s" % (
                        math, name, kind, seconds, cpu, loaded.group(1) if loaded else "?",
                        warmed.group(1) if warmed else "?", extra))
                shutil.rmtree(state, ignore_errors=True)
        bench.log("round %d done, load average %.2f %.2f %.2f" % ((round_ + 1,) + os.getloadavg()))
    hugo = bench.median(times["hugo"]) if "hugo" in times else None
    print("| math | jar | start | first byte, median (runs) | × hugo | CPU time to it, median |")
    print("|---|---|---|---|---|---|")
    for key, values in times.items():
        if key == "hugo":
            continue
        math, name, kind = key
        median = bench.median(values)
        print("| %s | %s | %s | %.2f s (%s) | %s | %.1f s |" % (
            math, name, kind, median, ", ".join("%.1f" % v for v in values), "%.3f" % (median / hugo) if hugo else "–",
            bench.median(cpus[key])))
    if hugo:
        print("\nhugo: %.2f s (%s)" % (hugo, ", ".join("%.1f" % v for v in times["hugo"])))


if __name__ == "__main__":
    main()
