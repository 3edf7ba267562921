# The parts of CPython's `requests` API that scripts use most: params=,
# form-encoded dict data=, case-insensitive r.headers, r.ok and
# raise_for_status() (requests.HTTPError).
# .exp file: `requests` is not in CPython's standard library, so the oracle
# may not have it; the expected output is CPython + requests 2.34's.
import http.server
import json
import threading
from urllib.parse import parse_qsl, urlsplit

import requests


class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def reply(self, code, obj):
        b = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(b)))
        self.end_headers()
        self.wfile.write(b)

    def do_GET(self):
        u = urlsplit(self.path)
        self.reply(404 if u.path == "/404" else 200, {"path": u.path, "q": sorted(parse_qsl(u.query))})

    def do_POST(self):
        n = int(self.headers.get("Content-Length", 0))
        self.reply(200, {"ct": self.headers.get("Content-Type"), "body": self.rfile.read(n).decode()})


srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
srv.daemon_threads = True
t = threading.Thread(target=srv.serve_forever, args=(0.05,))
t.start()
base = "http://127.0.0.1:%d" % srv.server_address[1]

r = requests.get(base + "/a", params={"x": "1 2", "y": "é&", "l": [1, "b"]}, timeout=3)
print(r.status_code, r.ok, r.json())
print(r.headers["content-type"], r.headers.get("CONTENT-LENGTH"), "Content-Type" in r.headers)
print(sorted(r.headers), sorted(dict(r.headers)), r.headers.get("nope", "-"), "nope" in r.headers)
try:
    r.headers["nope"]
except KeyError:
    print("KeyError")
print(requests.get(base + "/b?k=v", params={"z": 1}).json())
print(requests.post(base + "/p", data={"a": "1", "b": "x y"}).json())
print(requests.post(base + "/p", data=b"raw", headers={"Content-Type": "text/plain"}).json())
print(requests.post(base + "/p", json={"n": [1]}).json())
r = requests.get(base + "/404")
print(r.status_code, r.ok, r.json())
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print("HTTPError", isinstance(e, OSError))
print(requests.get(base + "/ok").raise_for_status())
srv.shutdown()
t.join()
srv.server_close()
