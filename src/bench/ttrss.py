#!/usr/bin/env python3
"""Tiny Tiny RSS (Debian's tt-rss, with PostgreSQL) subscribed to the bundled sample's feeds served by Tidings.

What it answers: which of our feed variants keep their formulas in tt-rss. It subscribes one tt-rss user to the
sample's feed with formulas as MathML (/feed.atom) and to the variant with formulas as images
(/math-images/feed.atom), makes tt-rss fetch both, and reads each stored article back through tt-rss's own sanitizer
(what its web UI and API show). It checks that the images variant shows one <img> per formula of the sample, each URL
answering image/svg+xml, and counts what is left of the MathML. Exits 1 if the images variant loses any formula.

Everything is scratch: a copy of tt-rss's www folder (whose URL checks, which refuse feeds on localhost or on ports
other than 80 and 443, are relaxed in the copy only), a database and role of its own, dropped at the end, and
PostgreSQL started only if it was down (and stopped again then). Installs tt-rss, php-cli, php-pgsql and postgresql
with apt if missing (root). Not part of `mvn verify`:

    mvn -q -DskipTests package && python3 src/bench/ttrss.py          # about a minute (MathJax renders the images)
"""
import argparse
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

TTRSS = "/usr/share/tt-rss/www"
SCHEMA = "/usr/share/tt-rss/schema/ttrss_schema_pgsql.sql"
PACKAGES = ["tt-rss", "dbconfig-no-thanks", "php-cli", "php-cgi", "php-pgsql", "php-xml", "php-mbstring",
            "php-intl", "postgresql"]
DATABASE = "tidings_ttrss_bench"
CHECK_PHP = r"""<?php
// Each stored article, and what tt-rss shows of it: its content through Sanitizer::sanitize, as the UI and API do.
set_include_path(dirname(__FILE__) . "/include" . PATH_SEPARATOR . get_include_path());
require_once "autoload.php";
require_once "functions.php";
require_once "config.php";
require_once "db.php";
require_once "db-prefs.php";
$_SESSION = ["uid" => 1, "hasSandbox" => false];
$rows = Db::pdo()->query("SELECT f.feed_url, e.link, e.content FROM ttrss_entries e
    JOIN ttrss_user_entries u ON u.ref_id = e.id JOIN ttrss_feeds f ON f.id = u.feed_id ORDER BY f.feed_url, e.link");
$out = [];
foreach ($rows as $row) {
    $out[] = ["feed" => $row["feed_url"], "link" => $row["link"], "stored" => $row["content"],
        "shown" => Sanitizer::sanitize($row["content"], false, 1, $row["link"])];
}
print json_encode($out);
"""


def run(*command, check=True, **kwargs):
    return subprocess.run(command, check=check, text=True, capture_output=True, **kwargs)


def install():
    missing = [p for p in PACKAGES if run("dpkg", "-s", p, check=False).returncode != 0]
    if missing:
        print("installing", " ".join(missing), flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], check=True, env=env,
                       stdout=subprocess.DEVNULL)


def postgres_up():
    """Starts the cluster if it is down; returns the command that puts it back as it was."""
    clusters = run("pg_lsclusters", "--no-header").stdout.split()
    version, name, status = clusters[0], clusters[1], clusters[3]
    if status == "online":
        return None
    run("pg_ctlcluster", version, name, "start")
    return ["pg_ctlcluster", version, name, "stop"]


def psql(sql, database="postgres"):
    return run("runuser", "-u", "postgres", "--", "psql", "-v", "ON_ERROR_STOP=1", "-qAt", "-d", database, "-c", sql)


def scratch_ttrss(work, password):
    www = os.path.join(work, "www")
    shutil.copytree(TTRSS, www, symlinks=True)
    for folder, dirs, files in os.walk(www):
        for name in dirs + files:  # Debian links to its shared PHP and JavaScript by relative paths: make them absolute
            link = os.path.join(folder, name)
            if os.path.islink(link):
                target = os.path.realpath(os.path.join(TTRSS, os.path.relpath(link, www)))
                os.unlink(link)
                os.symlink(target, link)
    for folder in ("lock", "cache", "cache/images", "cache/upload", "cache/export", "feed-icons"):
        os.makedirs(os.path.join(work, folder), exist_ok=True)
    config = os.path.join(www, "config.php")
    if os.path.islink(config):
        os.unlink(config)
    with open("/etc/tt-rss/config.php") as f:
        text = f.read()
    settings = {"DB_TYPE": "'pgsql'", "DB_HOST": "'127.0.0.1'", "DB_PORT": "'5432'", "DB_USER": f"'{DATABASE}'",
                "DB_NAME": f"'{DATABASE}'", "DB_PASS": f"'{password}'", "SELF_URL_PATH": "'http://127.0.0.1/tt-rss/'",
                "LOCK_DIRECTORY": f"'{work}/lock'", "CACHE_DIR": f"'{work}/cache'", "ICONS_DIR": f"'{work}/feed-icons'",
                "LOG_DESTINATION": "''", "CHECK_FOR_UPDATES": "false"}
    text = text.replace("include_once('/etc/tt-rss/database.php');", "")
    for key, value in settings.items():
        text = re.sub(r"define\('" + key + r"',[^;]*\);", f"define('{key}', {value});", text)
    with open(config, "w") as f:
        f.write(text)
    # The scratch copy only: let it fetch feeds from 127.0.0.1 on any port (its URL check refuses localhost, 127.*
    # and ports other than 80 and 443; its fetch refuses hosts that resolve to 127.*, before and after redirects).
    helper = os.path.join(www, "classes", "urlhelper.php")
    with open(helper) as f:
        source = f.read()
    relaxed = source.replace("if ($extended_filtering) {", "if (false && $extended_filtering) {")
    relaxed, loopback = re.subn(r'strpos\(\$\w+, "127\."\) === 0', "false", relaxed)
    # and it rebuilds every URL it checks without the port (it expects none but 80 and 443): keep it
    relaxed, port = re.subn(r"""(\$tmp = \$parts\['scheme'\] \. "://" \. \$parts\['host'\]);""",
                            r"""\1; if (isset($parts['port'])) $tmp .= ':' . $parts['port'];""", relaxed)
    assert relaxed.count("false && $extended_filtering") == 1 and loopback >= 2 and port == 1, \
        "tt-rss's URL checks are not where this script expects them"
    with open(helper, "w") as f:
        f.write(relaxed)
    with open(os.path.join(www, "bench-check.php"), "w") as f:
        f.write(CHECK_PHP)
    run("chown", "-R", "nobody:nogroup", work)
    return www


def start_tidings(command, work, port):
    log = open(os.path.join(work, "tidings.log"), "w")
    process = subprocess.Popen([*command, "serve", "--host", "127.0.0.1", "--port", str(port),
                                "--state-dir", os.path.join(work, "state")], stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return process
        except OSError:
            if process.poll() is not None:
                sys.exit("tidings stopped: see " + log.name)
            time.sleep(0.5)
    process.kill()
    sys.exit("tidings did not answer in 5 minutes")


class Formulas(html.parser.HTMLParser):
    """Counts what an article's HTML holds: formulas marked up as TeX, <math> elements, formula images."""

    def __init__(self):
        super().__init__()
        self.tex, self.math, self.images = 0, 0, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("span", "div") and "math" in (attrs.get("class") or "").split():
            self.tex += 1
        elif tag == "math":
            self.math += 1
        elif tag == "img" and "/formulas/" in (attrs.get("src") or ""):
            self.images.append(attrs)


def count(html_text):
    parser = Formulas()
    parser.feed(html_text or "")
    return parser


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jar", default="target/tidings.jar")
    parser.add_argument("--port", type=int, default=18089)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder and database")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root: it installs packages and creates a database")
    install()
    stop_postgres = postgres_up()
    work = tempfile.mkdtemp(prefix="tidings-ttrss-")
    os.chmod(work, 0o755)
    password = "bench-" + str(os.getpid())
    tidings = None
    try:
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")
        psql(f"DROP ROLE IF EXISTS {DATABASE}")
        psql(f"CREATE ROLE {DATABASE} LOGIN PASSWORD '{password}'")
        psql(f"CREATE DATABASE {DATABASE} OWNER {DATABASE} ENCODING 'UTF8' TEMPLATE template0")
        run("psql", "-q", "-h", "127.0.0.1", "-U", DATABASE, "-d", DATABASE, "-v", "ON_ERROR_STOP=1", "-f", SCHEMA,
            env=dict(os.environ, PGPASSWORD=password))
        www = scratch_ttrss(work, password)
        base = f"http://127.0.0.1:{args.port}/"
        tidings = start_tidings(["java", "-jar", args.jar], work, args.port)
        feeds = {"mathml": base + "feed.atom", "images": base + "math-images/feed.atom"}
        articles = []
        for name, url in feeds.items():
            # One variant at a time: tt-rss keeps one copy of an entry (by its id) whatever feeds carry it.
            psql("DELETE FROM ttrss_feeds; DELETE FROM ttrss_entries", DATABASE)
            feed = psql(f"INSERT INTO ttrss_feeds (owner_uid, title, feed_url) VALUES (1, 'sample {name}', '{url}') "
                        "RETURNING id", DATABASE).stdout.split()[0]
            started = time.time()
            # What the update daemon does for each feed due, now, for this one: fetch, parse, store.
            update = run("runuser", "-u", "nobody", "--", "php", "update.php", "--debug-feed", feed, cwd=www,
                         check=False)
            print(f"tt-rss fetched {url} in {time.time() - started:.1f} s", flush=True)
            error = psql(f"SELECT last_error FROM ttrss_feeds WHERE id = {feed}", DATABASE).stdout.strip()
            if update.returncode != 0 or error:
                print(update.stdout[-3000:], update.stderr[-3000:])
                sys.exit(f"tt-rss could not fetch {url}: {error}")
            articles += json.loads(run("runuser", "-u", "nobody", "--", "php", "bench-check.php", cwd=www).stdout)
        # What the sample holds: every formula of each entry, as the TeX variant marks it up.
        tex_feed = urllib.request.urlopen(base + "feed.json?math=tex").read()
        expected = {item["url"]: count(item.get("content_html")).tex for item in json.loads(tex_feed)["items"]}
        ok = report(articles, feeds, expected)
    finally:
        if tidings is not None:
            tidings.terminate()
            tidings.wait(30)
        if not args.keep:
            psql(f"DROP DATABASE IF EXISTS {DATABASE}")
            psql(f"DROP ROLE IF EXISTS {DATABASE}")
            shutil.rmtree(work, ignore_errors=True)
        if stop_postgres:
            run(*stop_postgres)
    sys.exit(0 if ok else 1)


def report(articles, feeds, expected):
    total = sum(expected.values())
    print(f"the sample: {len(expected)} articles, {total} formulas")
    ok = True
    for name, url in feeds.items():
        mine = [a for a in articles if a["feed"] == url]
        stored_math = sum(count(a["stored"]).math for a in mine)
        shown = [count(a["shown"]) for a in mine]
        images = [image for c in shown for image in c.images]
        print(f"{name:7} {len(mine)} articles stored; <math> stored {stored_math}, shown "
              f"{sum(c.math for c in shown)}; formula images shown {len(images)}")
        if name != "images":
            continue
        for article, counted in zip(mine, shown):
            want = expected.get(article["link"], 0)
            if len(counted.images) != want:
                ok = False
                print(f"  {article['link']}: {len(counted.images)} images shown, {want} formulas")
            missing_alt = [i for i in counted.images if not i.get("alt")]
            if missing_alt:
                ok = False
                print(f"  {article['link']}: {len(missing_alt)} images without their TeX as alt")
        bad = 0
        for src in sorted({image["src"] for image in images}):
            with urllib.request.urlopen(src) as response:
                if response.headers.get("Content-Type") != "image/svg+xml" or not response.read().startswith(b"<svg"):
                    bad += 1
        print(f"  {len(set(i['src'] for i in images))} distinct image URLs, {bad} not answering image/svg+xml")
        kept = {attribute for i in images for attribute in i}
        print(f"  attributes tt-rss keeps on them: {', '.join(sorted(kept))}")
        ok = ok and bad == 0 and len(mine) == len(expected)
    print("images variant: every formula shown" if ok else "images variant: formulas lost")
    return ok


if __name__ == "__main__":
    main()
