# Fetch a URL from many threads at once and check every answer.
#   ./micropython examples/http_load.py http://127.0.0.1:8000/hello 50 [expected-body]
# Each thread makes its own HTTP/1.1 request with urllib.request; the
# threads wait for the network in parallel.
import sys
import threading
import time
import urllib.request


def main(argv):
    if len(argv) < 2:
        print("usage: http_load.py URL [N] [expected-body]")
        return 2
    url = argv[1]
    n = int(argv[2]) if len(argv) > 2 else 20
    expected = argv[3].encode() + b"\n" if len(argv) > 3 else None
    results = []
    lock = threading.Lock()

    def fetch():
        try:
            with urllib.request.urlopen(url, timeout=20) as r:
                body = r.read()
            ok = r.status == 200 and (expected is None or body == expected)
        except OSError as e:
            ok = False
        with lock:
            results.append(ok)

    t0 = time.monotonic()
    threads = [threading.Thread(target=fetch) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    good = sum(results)
    print("%d of %d got the right answer in %.2f s" % (good, n, time.monotonic() - t0))
    return 0 if good == n else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
