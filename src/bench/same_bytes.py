#!/usr/bin/env python3
"""Checks that two builds of Tidings publish the same bytes: for a refactor, every document must stay as it was.

    git worktree add /tmp/before REV && (cd /tmp/before && mvn -q -DskipTests package)
    mvn -q -DskipTests package
    python3 src/bench/same_bytes.py --before /tmp/before/target/tidings.jar     # --after defaults to target/tidings.jar

For each collection (the bundled sample, the test sites under src/test/resources/sites, and a generated collection of
--articles articles with math, code, tags, categories and authors) and each variant of the settings that changes what
a feed holds (formulas as MathML or TeX, entries full or summaries, a small max_feed_size that forces summaries),
both jars run `tidings build` and every written file (feeds in all formats, archive pages, the feed list, OPML, their
.gz twins) is compared byte for byte. Then both jars `serve` the generated collection and the documents only a server
answers (searches, ?limit=, ?math=, the browser pages) are compared too, with their ETags. Exits 1 on any
difference, naming the first few.
"""
import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.dirname(os.path.abspath(__file__))

# Settings that change what a document holds, each a list of extra flags for build and serve.
VARIANTS = {
    "mathml": ["--math", "mathml"],
    "tex": ["--math", "tex"],
    "summary": ["--feed-content", "summary"],
    "small": ["--max-feed-size", "16KB"],
}
# Documents only a server answers, relative to the feeds URL; each asked for as a feed and as a browser page.
SERVED = ["feed.atom?q=%E6%A8%A1%E5%9E%8B", "feed.json?q=%E6%A2%AF%E5%BA%A6%20%E6%A8%A1%E5%9E%8B&limit=5",
          "feed.rss?limit=3&math=tex", "feed.atom?math=tex", "feed.atom?math=mathml", "archive/1.atom?math=tex",
          "tags/%E6%A0%87%E7%AD%BE3/feed.atom", "categories/%E6%95%B0%E5%AD%A6/feed.rss?limit=2",
          "authors/Ada/feed.json?math=tex", "tags/%E6%A0%87%E7%AD%BE3/archive/1.rss", "?q=%E6%A8%A1",
          "feed.atom?q=nothing-matches-this"]


def build(jar, content, flags, out, state):
    command = ["java", "-jar", jar, "build", "--out", out, "--state-dir", state] + flags
    command += ["--content", content] if content else []
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode not in (0, 1):  # 1: the collection has problems, which the test sites have on purpose
        sys.exit("%s failed (%d):\n%s" % (" ".join(command), result.returncode, result.stdout))
    return result.stdout


def compare_trees(left, right):
    """Paths (relative) that differ: present on one side only, or with other bytes."""
    differences = []
    # Not dircmp's default ignore list, which skips folders named 'tags'; the build's record of what each document was
    # made from is bookkeeping (it names the files' times), not something served.
    comparison = filecmp.dircmp(left, right, ignore=[".tidings-export-record"])
    stack = [(comparison, "")]
    while stack:
        node, prefix = stack.pop()
        differences += [prefix + name + " (only before)" for name in node.left_only]
        differences += [prefix + name + " (only after)" for name in node.right_only]
        for name in node.common_files:
            if not filecmp.cmp(os.path.join(node.left, name), os.path.join(node.right, name), shallow=False):
                differences.append(prefix + name)
        stack += [(sub, prefix + name + "/") for name, sub in node.subdirs.items()]
    return sorted(differences)


class Server:
    def __init__(self, jar, content, state):
        self.log = tempfile.NamedTemporaryFile(prefix="same-bytes-", suffix=".log", delete=False)
        self.process = subprocess.Popen(["java", "-jar", jar, "serve", "--host", "127.0.0.1", "--port", "0",
                                         "--content", content, "--state-dir", state],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 300
        while time.time() < deadline:
            with open(self.log.name, encoding="utf-8", errors="replace") as f:
                found = re.search(r"on http://127\.0\.0\.1:(\d+)/", f.read())
            if found:
                self.url = "http://127.0.0.1:%s/" % found.group(1)
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        self.stop()
        sys.exit("serve did not start; its log is in " + self.log.name)

    def get(self, path, page):
        headers = {"Accept-Encoding": "identity"}
        if page:
            headers.update({"Accept": "text/html", "Sec-Fetch-Dest": "document"})
        request = urllib.request.Request(self.url + path, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, response.headers.get("ETag"), response.read()
        except urllib.error.HTTPError as e:
            return e.code, None, e.read()

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="the jar built from the commit before the change")
    parser.add_argument("--after", default=os.path.join(ROOT, "target", "tidings.jar"))
    parser.add_argument("--articles", type=int, default=600, help="size of the generated collection")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="same-bytes-")
    generated = os.path.join(work, "generated")
    subprocess.run([sys.executable, os.path.join(BENCH, "generate.py"), "--articles", str(args.articles),
                    "--out", generated], check=True, stdout=subprocess.DEVNULL)
    sites = os.path.join(ROOT, "src", "test", "resources", "sites")
    collections = {"sample": None, "generated": os.path.join(generated, "content", "posts")}
    collections.update({"sites-" + name: os.path.join(sites, name) for name in sorted(os.listdir(sites))})
    jars = {"before": os.path.abspath(args.before), "after": os.path.abspath(args.after)}
    states = {side: os.path.join(work, "state-" + side) for side in jars}
    failures = []
    files = 0
    for collection, content in collections.items():
        for variant, flags in VARIANTS.items():
            outs = {}
            for side, jar in jars.items():
                outs[side] = os.path.join(work, side, collection, variant)
                build(jar, content, flags, outs[side], states[side])
            differences = compare_trees(outs["before"], outs["after"])
            count = sum(len(names) for _, _, names in os.walk(outs["after"]))
            files += count
            print("%-16s %-8s %5d files  %s" % (collection, variant, count,
                                                  "same" if not differences else "%d DIFFER" % len(differences)))
            failures += ["%s/%s: %s" % (collection, variant, d) for d in differences]
    answers = {}
    for side, jar in jars.items():
        server = Server(jar, collections["generated"], states[side])
        try:
            answers[side] = {(path, page): server.get(path, page) for path in SERVED for page in (False, True)}
        finally:
            server.stop()
    for key, before in answers["before"].items():
        after = answers["after"][key]
        label = "served %s%s" % (key[0] or "/", " (page)" if key[1] else "")
        if before != after:
            failures.append("%s: status %s/%s, etag %s/%s, %d/%d bytes" % (label, before[0], after[0], before[1],
                                                                         after[1], len(before[2]), len(after[2])))
    print("served           %5d documents  %s" % (len(answers["after"]), "same" if not any(
        f.startswith("served") for f in failures) else "DIFFER"))
    if failures:
        print("\n%d difference(s), first ones:" % len(failures))
        for failure in failures[:20]:
            print("  " + failure)
        print("outputs kept in " + work)
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print("\nsame bytes: %d files written by build and %d served documents" % (files, len(answers["after"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
