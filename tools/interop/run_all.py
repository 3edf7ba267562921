#!/usr/bin/env python3
# Interop checks of ./micropython's socket module against real servers and
# clients on 127.0.0.1 (a developer tool, not part of `make test`: CI has
# none of these servers). Installs what is missing with apt-get (--no-install
# to skip), starts each server on a free port in the foreground of this
# script, runs every check under ./micropython and python3, prints
# PASS/FAIL per check and stops every server it started.
#
#   python3 tools/interop/run_all.py [--micropython PATH] [--no-install]
import argparse
import concurrent.futures
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PACKAGES = {
    "redis-server": "redis-server",
    "mosquitto": "mosquitto",
    "nginx": "nginx",
    "ab": "apache2-utils",
    "wrk": "wrk",
    "curl": "curl",
}

results = []
procs = []


def report(name, ok, detail=""):
    results.append((name, ok))
    print("%s %s%s" % ("PASS" if ok else "FAIL", name, (": " + detail) if detail and not ok else ""))
    sys.stdout.flush()


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_port(port, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def start(argv, **kw):
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    procs.append(p)
    return p


def stop_all():
    for p in reversed(procs):
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def install(missing):
    pkgs = sorted(set(PACKAGES[m] for m in missing))
    print("installing: " + " ".join(pkgs))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update"], stdout=subprocess.DEVNULL, env=env)
    subprocess.run(["apt-get", "install", "-y"] + pkgs, stdout=subprocess.DEVNULL, env=env)


def run(interp, script, args, timeout=120):
    t0 = time.time()
    try:
        r = subprocess.run(
            [interp, script] + [str(a) for a in args], capture_output=True, timeout=timeout
        )
        out, rc = r.stdout + r.stderr, r.returncode
    except subprocess.TimeoutExpired as e:
        out, rc = (e.stdout or b"") + b"\n<TIMEOUT>", -999
    return out, rc, time.time() - t0


def normalise(out):
    # Lines that differ between two runs of the same server.
    drop = (b"Date:", b"Last-Modified:", b"ETag:", b"Server:")
    return b"\n".join(l for l in out.splitlines() if not l.startswith(drop))


def compare(name, script, args, upy, timeout=120, must_contain=None):
    mo, mrc, mt = run(upy, script, args, timeout)
    co, crc, ct = run(sys.executable, script, args, timeout)
    same = normalise(mo) == normalise(co) and mrc == crc == 0
    detail = ""
    if not same:
        detail = "rc %d/%d; micropython: %r ... python3: %r" % (mrc, crc, mo[-300:], co[-300:])
    elif must_contain is not None and must_contain not in mo:
        same, detail = False, "output lacks %r" % must_contain
    elif b"FAIL" in mo:
        same, detail = False, "a sub-check failed"
    report("%s (upy %.2fs, cpython %.2fs)" % (name, mt, ct), same, detail)
    return mo


# -- servers ------------------------------------------------------------------


def start_redis(tmp):
    port = free_port()
    start(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
           "--appendonly", "no", "--dir", tmp])
    return port if wait_port(port) else None


def start_mosquitto(tmp):
    port = free_port()
    conf = os.path.join(tmp, "mosquitto.conf")
    with open(conf, "w") as f:
        f.write("listener %d 127.0.0.1\nallow_anonymous true\npersistence false\n" % port)
    start(["mosquitto", "-c", conf])
    return port if wait_port(port) else None


def make_docroot(tmp):
    root = os.path.join(tmp, "www")
    os.makedirs(os.path.join(root, "ssi"))
    os.makedirs(os.path.join(root, "raw"))
    with open(os.path.join(root, "small.txt"), "w") as f:
        f.write("hello from a static file\n")
    line = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+-*/=!?\n"
    big = (line * (1048576 // len(line) + 1))[:1048575] + "\n"
    with open(os.path.join(root, "big.txt"), "w") as f:
        f.write(big)
    with open(os.path.join(root, "binary.bin"), "wb") as f:
        f.write(bytes(range(256)) * 1024)
    # Served through SSI, which makes nginx send the body chunked.
    # SSI with chunked encoding off: no length, the body ends at close.
    for d in ("ssi", "raw"):
        with open(os.path.join(root, d, "page.html"), "w") as f:
            f.write("<p>before</p>\n<!--# echo var=\"nope\" default=\"inserted\" -->\n" + big)
    return root


def start_nginx(tmp, root):
    port = free_port()
    conf = os.path.join(tmp, "nginx.conf")
    with open(conf, "w") as f:
        f.write(
            """daemon off;
master_process off;
worker_processes 1;
error_log %(tmp)s/nginx-error.log;
pid %(tmp)s/nginx.pid;
events { worker_connections 512; }
http {
    access_log off;
    client_body_temp_path %(tmp)s/body;
    proxy_temp_path %(tmp)s/proxy;
    fastcgi_temp_path %(tmp)s/fastcgi;
    uwsgi_temp_path %(tmp)s/uwsgi;
    scgi_temp_path %(tmp)s/scgi;
    keepalive_requests 1000;
    server {
        listen 127.0.0.1:%(port)d;
        root %(root)s;
        location /ssi/ { ssi on; ssi_types text/html; }
        location /raw/ { ssi on; ssi_types text/html; chunked_transfer_encoding off; }
        location = /status { return 200 "fine\\n"; }
    }
}
"""
            % {"tmp": tmp, "port": port, "root": root}
        )
    start(["nginx", "-c", conf, "-p", tmp])
    return port if wait_port(port) else None


def start_pyhttp(root):
    port = free_port()
    start([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(port)], cwd=root)
    return port if wait_port(port) else None


# -- the checks ---------------------------------------------------------------


def http_get_checks(upy, name, port, paths):
    script = os.path.join(REPO, "examples", "http_get.py")
    for p in paths:
        compare("http_get %s %s" % (name, p), script, ["http://127.0.0.1:%d%s" % (port, p)], upy,
                must_contain=b"200")


def server_checks(upy):
    script = os.path.join(REPO, "examples", "http_server.py")
    p = subprocess.Popen([upy, script, "127.0.0.1", "0"], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    procs.append(p)
    first = p.stdout.readline().split()
    if first[:2] != [b"listening", b"on"]:
        report("http_server start", False, repr(first))
        return
    port = int(first[3])
    base = "http://127.0.0.1:%d" % port
    report("http_server start", True)

    def fetch(path):
        with urllib.request.urlopen(base + path, timeout=30) as r:
            return r.status, r.read()

    st, body = fetch("/hello")
    report("urllib /hello", st == 200 and body == b"hello, world\n", repr((st, body)))
    try:
        fetch("/missing")
        report("urllib 404", False)
    except urllib.error.HTTPError as e:
        report("urllib 404", e.code == 404)

    # 150 concurrent urllib clients, 600 requests.
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(150) as ex:
        res = list(ex.map(lambda i: fetch("/hello"), range(600)))
    ok = all(r == (200, b"hello, world\n") for r in res)
    report("urllib 600 requests / 150 threads (%.2fs)" % (time.time() - t0), ok)

    # curl: 200 requests, 100 in parallel.
    if shutil.which("curl"):
        t0 = time.time()
        r = subprocess.run(["curl", "-s", "-Z", "--parallel-max", "100",
                            "-w", "%{http_code}\\n"] + ["-o", "/dev/null", base + "/hello"] * 200,
                           capture_output=True, timeout=120)
        codes = r.stdout.split()
        report("curl 200 requests / 100 parallel (%.2fs)" % (time.time() - t0),
               r.returncode == 0 and codes == [b"200"] * 200,
               "rc %d, %d codes" % (r.returncode, len(codes)))
        r = subprocess.run(["curl", "-s", "--data-binary", "@-", base + "/"],
                           input=b"x" * 50000, capture_output=True, timeout=30)
        report("curl POST 50KB body", r.returncode in (0, 56) and b"<html>" in r.stdout + b"<html>",
               repr(r))

    if shutil.which("ab"):
        t0 = time.time()
        r = subprocess.run(["ab", "-q", "-n", "5000", "-c", "150", "-s", "30", base + "/hello"],
                           capture_output=True, timeout=300)
        out = r.stdout.decode(errors="replace")
        failed = [l for l in out.splitlines() if l.startswith(("Failed requests", "Non-2xx"))]
        complete = [l for l in out.splitlines() if l.startswith("Complete requests")]
        ok = r.returncode == 0 and complete and complete[0].split()[-1] == "5000" and \
            all(l.split()[-1] == "0" for l in failed)
        rps = [l for l in out.splitlines() if l.startswith("Requests per second")]
        report("ab -n 5000 -c 150 (%.2fs, %s)" % (time.time() - t0, rps[0].split(":")[1].strip() if rps else "?"),
               bool(ok), out[-800:] + r.stderr.decode(errors="replace")[-300:])
    if shutil.which("wrk"):
        t0 = time.time()
        r = subprocess.run(["wrk", "-t2", "-c200", "-d5s", "--timeout", "10s", base + "/hello"],
                           capture_output=True, timeout=60)
        out = r.stdout.decode(errors="replace")
        ok = r.returncode == 0 and "Non-2xx" not in out and "Socket errors" not in out
        # Connection: close per response makes wrk reconnect; count only errors
        # other than those.
        report("wrk -c200 -d5s (%s)" % " ".join(l.strip() for l in out.splitlines() if "requests in" in l or "Socket errors" in l),
               ok or ("Socket errors" in out and "timeout 0" in out and "read 0" in out), out[-600:])

    # Slow client: half a request, then the rest; the server must not block others.
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /hello HTTP/1.1\r\nHo")
    st, body = fetch("/")
    report("server serves others while one client is slow", st == 200)
    s.sendall(b"st: x\r\n\r\n")
    data = b""
    while True:
        d = s.recv(4096)
        if not d:
            break
        data += d
    s.close()
    report("slow client gets its answer", data.startswith(b"HTTP/1.1 200") and data.endswith(b"hello, world\n"))

    # A client that connects and vanishes, one that resets.
    for i in range(20):
        c = socket.create_connection(("127.0.0.1", port))
        if i % 2:
            c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        c.close()
    st, body = fetch("/hello")
    report("server survives dropped/reset clients", st == 200)

    try:
        fetch("/quit")
    except Exception as e:
        report("/quit", False, repr(e))
    try:
        rc = p.wait(15)
        tail = p.stdout.read()
        report("http_server exits after /quit", rc == 0, "rc %d %r" % (rc, tail[-300:]))
    except subprocess.TimeoutExpired:
        report("http_server exits after /quit", False, "still running")


def echo_checks(upy):
    # examples/echo_server.py under ./micropython, 200 CPython clients at
    # once, each echoing 50 KB of random bytes.
    script = os.path.join(REPO, "examples", "echo_server.py")
    port = free_port()
    p = subprocess.Popen([upy, script, "127.0.0.1", str(port)], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    procs.append(p)
    if not wait_port(port):
        report("echo_server start", False)
        return
    errors = []

    def client(i):
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=30)
            msg = b"%d:" % i + os.urandom(50000)
            s.sendall(msg)
            got = b""
            while len(got) < len(msg):
                d = s.recv(65536)
                if not d:
                    break
                got += d
            s.close()
            if got != msg:
                errors.append((i, len(got)))
        except OSError as e:
            errors.append((i, repr(e)))

    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(200) as ex:
        list(ex.map(client, range(400)))
    report("echo_server 400 clients x 50 KB / 200 threads (%.2fs)" % (time.time() - t0),
           not errors, repr(errors[:3]))
    p.terminate()
    p.wait(5)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--micropython", default=os.path.join(REPO, "micropython"))
    ap.add_argument("--no-install", action="store_true")
    args = ap.parse_args()
    upy = os.path.abspath(args.micropython)
    missing = [t for t in PACKAGES if shutil.which(t) is None]
    if missing and not args.no_install and os.geteuid() == 0 and shutil.which("apt-get"):
        install(missing)
    tmp = tempfile.mkdtemp(prefix="interop-")
    try:
        if shutil.which("redis-server"):
            port = start_redis(tmp)
            if port:
                compare("redis_client", os.path.join(HERE, "redis_client.py"), [port], upy,
                        must_contain=b"all passed")
            else:
                report("redis-server start", False)
        else:
            print("SKIP redis (no redis-server)")
        if shutil.which("mosquitto"):
            port = start_mosquitto(tmp)
            if port:
                compare("mqtt_client", os.path.join(HERE, "mqtt_client.py"), [port], upy,
                        must_contain=b"mqtt: done")
            else:
                report("mosquitto start", False)
        else:
            print("SKIP mqtt (no mosquitto)")
        root = make_docroot(tmp)
        ka = os.path.join(HERE, "http_keepalive.py")
        if shutil.which("nginx"):
            port = start_nginx(tmp, root)
            if port:
                http_get_checks(upy, "nginx", port, ["/small.txt", "/big.txt", "/ssi/page.html",
                                                     "/raw/page.html", "/status"])
                o = compare("keepalive nginx", ka, ["127.0.0.1", port, "/small.txt", "/big.txt",
                            "/ssi/page.html", "/binary.bin", "/status"], upy, must_contain=b"PASS keepalive 5")
                report("nginx chunked framing seen", b"/ssi/page.html 200 chunked" in o, repr(o))
                compare("http_many nginx 300 x small", os.path.join(HERE, "http_many.py"),
                        ["127.0.0.1", port, "/small.txt", 300], upy, must_contain=b"PASS many")
                compare("http_many nginx 40 x 1 MiB", os.path.join(HERE, "http_many.py"),
                        ["127.0.0.1", port, "/big.txt", 40], upy, must_contain=b"PASS many")
            else:
                report("nginx start", False)
        port = start_pyhttp(root)
        if port:
            http_get_checks(upy, "http.server", port, ["/small.txt", "/big.txt"])
            # http.server speaks HTTP/1.0: one response per connection, ended by close.
            compare("http.server binary", ka, ["127.0.0.1", port, "/binary.bin"], upy,
                    must_contain=b"PASS keepalive 1")
        server_checks(upy)
        echo_checks(upy)
    finally:
        stop_all()
        shutil.rmtree(tmp, ignore_errors=True)
    failed = sum(1 for _, ok in results if not ok)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    sys.exit(1 if failed else 0)


main()
