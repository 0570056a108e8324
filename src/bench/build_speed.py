#!/usr/bin/env python3
"""`tidings build` against `hugo` building the same collection, side by side in one run.

    mvn -q -DskipTests package
    python3 src/bench/build_speed.py                                   # 10,000 generated articles, tex and mathml
    python3 src/bench/build_speed.py --before OLD.jar --runs 1 --scenarios rebuild,touch

The collection (a Hugo site from generate.py, default $TMPDIR/tidings-bench/c10k) is copied to a scratch folder first,
so that neither hugo nor the edit of the 'touch' scenario writes into it. Each round runs, alternating, hugo and each
jar (--before first, then --jar) in each math mode, for each scenario:

  first    an empty state folder and an empty output folder: every formula rendered, every file written
  rebuild  the same state folder and output folder again, nothing changed
  touch    one article's text changed (a sentence appended), then built into the same folders again

hugo's 'first' builds into an empty folder; its 'rebuild' and 'touch' into the folder of its previous build. Reported:
the median wall time of the rounds, the CPU time (user + system) of the process, and the ratio of each Tidings median to
hugo's in the same scenario, with the load average when the round began (the machine is shared). The Tidings lines
also show what the build printed it did (files changed, documents rendered and kept).
"""
import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def log(message):
    print(message, file=sys.stderr, flush=True)


def timed(command):
    """Wall seconds, CPU seconds (user + system) and stdout of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.time() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):  # 1: the collection has problems (not ours)
        sys.exit("%s failed (%d):\n%s%s" % (" ".join(command), result.returncode, result.stdout, result.stderr[-3000:]))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout


def median(values):
    values = sorted(values)
    return values[len(values) // 2] if values else None


def touch(content):
    """Appends a sentence to the newest-named article: a real change of its text."""
    for folder, _, files in sorted(os.walk(content)):
        for name in sorted(files):
            if name.endswith(".md"):
                with open(os.path.join(folder, name), "a", encoding="utf-8") as f:
                    f.write("\n补充一句。%d\n" % time.time_ns())
                return


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default=os.path.join(tempfile.gettempdir(), "tidings-bench", "c10k"))
    parser.add_argument("--jar", default=os.path.join(ROOT, "target", "tidings.jar"))
    parser.add_argument("--before", help="an older jar, run alternately with --jar")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--modes", default="tex,mathml")
    parser.add_argument("--scenarios", default="first,rebuild,touch")
    parser.add_argument("--java", default="java")
    parser.add_argument("--no-hugo", action="store_true")
    args = parser.parse_args()
    scenarios = args.scenarios.split(",")
    jars = ([("before", args.before)] if args.before else []) + [("after" if args.before else "tidings", args.jar)]
    scratch = tempfile.mkdtemp(prefix="build-speed-")
    site = os.path.join(scratch, "site")
    shutil.copytree(args.site, site, ignore=shutil.ignore_patterns("public", "resources"))
    content = os.path.join(site, "content", "posts")
    times = {}  # (who, mode, scenario) -> [(wall, cpu, printed)]
    loads = []
    try:
        for round_ in range(args.runs):
            loads.append(os.getloadavg()[0])
            log("round %d, load %.1f" % (round_ + 1, loads[-1]))
            if not args.no_hugo:
                out = os.path.join(scratch, "hugo-out")
                shutil.rmtree(out, ignore_errors=True)
                for scenario in scenarios:
                    if scenario == "touch":
                        touch(content)
                    wall, cpu, _ = timed(["hugo", "--quiet", "-s", site, "-d", out])
                    times.setdefault(("hugo", "-", scenario), []).append((wall, cpu, ""))
                    log("  hugo %s: %.2f s (cpu %.1f s)" % (scenario, wall, cpu))
            for mode in args.modes.split(","):
                for who, jar in jars:
                    state = os.path.join(scratch, "state-" + who + "-" + mode)
                    out = os.path.join(scratch, "out-" + who + "-" + mode)
                    for folder in (state, out):
                        shutil.rmtree(folder, ignore_errors=True)
                    if "first" not in scenarios:  # the rebuilds need a first build to start from: untimed
                        timed([args.java, "-jar", jar, "build", "--out", out, "--content", content, "--math", mode,
                               "--state-dir", state])
                    for scenario in scenarios:
                        if scenario == "touch":
                            touch(content)
                        wall, cpu, printed = timed([args.java, "-jar", jar, "build", "--out", out, "--content",
                                                    content, "--math", mode, "--state-dir", state])
                        summary = printed.strip().splitlines()[-1] if printed.strip() else ""
                        times.setdefault((who, mode, scenario), []).append((wall, cpu, summary))
                        log("  %s %s %s: %.2f s (cpu %.1f s) %s" % (who, mode, scenario, wall, cpu, summary))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("load average (1 min) at the start of each round: %s" % ", ".join("%.1f" % l for l in loads))
    print()
    print("| build | math | scenario | wall (median) | runs | CPU (median) | × hugo | printed |")
    print("|---|---|---|---|---|---|---|---|")
    for (who, mode, scenario), rows in times.items():
        wall = median([r[0] for r in rows])
        cpu = median([r[1] for r in rows])
        hugo = median([r[0] for r in times.get(("hugo", "-", scenario), [])])
        ratio = "%.2f" % (wall / hugo) if hugo and who != "hugo" else "–"
        printed = re.sub(r"^wrote (\d+) files to \S+ ", r"\1 files ", rows[-1][2]) if rows[-1][2] else ""
        print("| %s | %s | %s | %.2f s | %s | %.1f s | %s | %s |" % (
            who, mode, scenario, wall, ", ".join("%.1f" % r[0] for r in rows), cpu, ratio, printed))


if __name__ == "__main__":
    main()
