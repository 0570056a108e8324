"""How long the search index takes to be ready, on a first start and on restarts that find it kept in the state folder.

Usage: search_restart.py JAR CONTENT STATE_DIR [starts]   (starts: 2 unless given; STATE_DIR empty at first for a
first start)

Starts JAR on CONTENT (-Xmx512m, math: tex, --state-dir STATE_DIR) `starts` times, one after the other; each time waits
for the log's "Search index built" line (its time, and how many articles it analysed: all on a first start, only those
whose text changed on a restart), then stops the server.
"""
import os, signal, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import search_load  # noqa: E402

jar, content, state = sys.argv[1], sys.argv[2], sys.argv[3]
for run in range(int(sys.argv[4]) if len(sys.argv) > 4 else 2):
    server = search_load.start(jar, content, state)
    try:
        while search_load.built(server) is None:
            time.sleep(0.5)
        print("start %d: %s; %.1f s after process start" % (run + 1, search_load.built(server),
                                                            time.time() - server["started"]), flush=True)
    finally:
        server["process"].send_signal(signal.SIGTERM)
        server["process"].wait(timeout=60)
