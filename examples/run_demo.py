#!/usr/bin/env python3
# The demo `make run` runs: start the poll()-driven HTTP server example under
# ./micropython on 127.0.0.1, fetch a page from it with the http_get example
# (also under ./micropython), hit it with 50 clients at once (the http_load
# example: ./micropython threads),
# stop it through /quit, and say what happened. Stops by itself.
import os
import subprocess
import sys
import threading
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MICROPYTHON = os.environ.get("MICROPY_MICROPYTHON", os.path.join(ROOT, "micropython"))
N_CLIENTS = 50


def read_line_with_timeout(stream, timeout):
    result = []
    t = threading.Thread(target=lambda: result.append(stream.readline()), daemon=True)
    t.start()
    t.join(timeout)
    return result[0] if result else b""


def main():
    if not os.access(MICROPYTHON, os.X_OK):
        print("%s not found: build it first with `make`" % MICROPYTHON)
        return 1
    print("1. starting examples/http_server.py under ./micropython on 127.0.0.1 ...")
    server = subprocess.Popen(
        [MICROPYTHON, os.path.join(HERE, "http_server.py"), "127.0.0.1", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        first = read_line_with_timeout(server.stdout, 10).decode().strip()
        if not first.startswith("listening on "):
            print("   the server did not start: %r" % first)
            return 1
        port = int(first.split()[-1])
        url = "http://127.0.0.1:%d/" % port
        print("   it says: %s" % first)

        print("2. fetching %s with examples/http_get.py under ./micropython:" % url)
        get = subprocess.run(
            [MICROPYTHON, os.path.join(HERE, "http_get.py"), url],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=20,
        )
        for line in get.stdout.decode(errors="replace").splitlines():
            print("   | " + line)
        ok_get = get.returncode == 0 and b"200 OK" in get.stdout

        print("3. %d clients at once: examples/http_load.py under ./micropython (threads) ..." % N_CLIENTS)
        load = subprocess.run(
            [MICROPYTHON, os.path.join(HERE, "http_load.py"), url + "hello", str(N_CLIENTS), "hello, world"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=60,
        )
        for line in load.stdout.decode(errors="replace").splitlines():
            print("   " + line)
        good = N_CLIENTS if load.returncode == 0 else 0

        print("4. stopping the server through /quit ...")
        with urllib.request.urlopen(url + "quit", timeout=10) as r:
            r.read()
        server.wait(timeout=10)
        rest = server.stdout.read().decode(errors="replace").strip()
        print("   it says: %s (exit status %d)" % (rest, server.returncode))
        ok = ok_get and good == N_CLIENTS and server.returncode == 0
        print("demo %s" % ("OK" if ok else "FAILED"))
        return 0 if ok else 1
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


if __name__ == "__main__":
    sys.exit(main())
