"""Fresh ?q= latency and heap after GC, for one jar on one collection (generate.py writes one).

Usage: search_latency.py JAR CONTENT [wait]   (wait: measure once the search index is built)
"""
import itertools, os, re, signal, socket, subprocess, sys, tempfile, time, urllib.parse, urllib.request

jar, content, wait_index = sys.argv[1], sys.argv[2], sys.argv[3:] == ["wait"]
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
log = open(os.path.join(tempfile.gettempdir(), "search-latency-%d.log" % port), "w")
started = time.time()
p = subprocess.Popen(["java", "-Xmx512m", "-jar", jar, "serve", "--host", "127.0.0.1", "--port", str(port),
                      "--content", content, "--math", "tex", "--state-dir", "none"], stdout=log, stderr=subprocess.STDOUT)
url = "http://127.0.0.1:%d" % port
def get(path):
    t = time.perf_counter()
    with urllib.request.urlopen(url + path, timeout=600) as r:
        body = r.read()
    return time.perf_counter() - t, body
try:
    while True:
        try:
            get("/feed.atom"); break
        except Exception:
            time.sleep(0.2)
    print("first byte %.1f s" % (time.time() - started))
    if wait_index:
        while "Search index built" not in open(log.name).read():
            time.sleep(0.5)
        print([l for l in open(log.name) if "Search index built" in l][0].strip(), "; at %.1f s" % (time.time() - started))
    else:
        time.sleep(10)
    for _ in range(2):
        subprocess.run(["jcmd", str(p.pid), "GC.run"], capture_output=True)
    info = subprocess.run(["jcmd", str(p.pid), "GC.heap_info"], capture_output=True, text=True).stdout
    print("heap after GC before any query:", re.search(r"used (\d+)K", info).group(1), "K")
    words = ["模型", "梯度", "注意力", "采样", "损失", "参数", "分布", "期望", "训练", "推理", "向量", "矩阵", "概率"]
    queries = [a + " " + b for a, b in itertools.permutations(words, 2)][:int(os.environ.get('N', '60'))]
    times = []
    for i, q in enumerate(queries):
        t, body = get("/feed.json?limit=20&q=" + urllib.parse.quote(q))
        times.append(t * 1000)
    times.sort()
    print("fresh queries: n=%d median %.1f ms p90 %.1f ms max %.1f ms (first %.1f)" % (
        len(times), times[len(times) // 2], times[int(len(times) * .9)], times[-1], times[0]))
    misses = []
    for i in range(int(os.environ.get('M', '30'))):
        t, body = get("/feed.json?limit=20&q=" + urllib.parse.quote("zqxj" + "abcdefghijklmnopqrstuvwxyz"[i % 26] + "abcdefghijklmnopqrstuvwxyz"[i // 26]))
        misses.append(t * 1000)
    misses.sort()
    print("fresh queries matching nothing: median %.1f ms max %.1f ms" % (misses[len(misses) // 2], misses[-1]))
    t, body = get("/feed.json?limit=20&q=" + urllib.parse.quote("模型 梯度"))
    print("repeated query (cached): %.1f ms" % (t * 1000))
    for _ in range(2):
        subprocess.run(["jcmd", str(p.pid), "GC.run"], capture_output=True)
    info = subprocess.run(["jcmd", str(p.pid), "GC.heap_info"], capture_output=True, text=True).stdout
    print("heap after GC after the queries:", re.search(r"used (\d+)K", info).group(1), "K")
finally:
    p.send_signal(signal.SIGTERM); p.wait(timeout=30)
