# SimpleHTTPRequestHandler answers a conditional GET (what browsers send on
# reload) with 304 when the file is not newer than If-Modified-Since; only a
# GMT date counts, and If-None-Match turns the check off.
import functools
import http.client
import http.server
import os
import tempfile
import threading

root = tempfile.mkdtemp()
path = os.path.join(root, "a.txt")
with open(path, "w") as f:
    f.write("hello\n")
os.utime(path, (1_000_000_000, 1_000_000_000))  # 2001-09-09 01:46:40 GMT


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
srv.daemon_threads = True
t = threading.Thread(target=srv.serve_forever, args=(0.05,))
t.start()
c = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=3)
for hdrs in (
    {},
    {"If-Modified-Since": "Sun, 09 Sep 2001 01:46:40 GMT"},
    {"If-Modified-Since": "Sun, 09 Sep 2001 01:46:39 GMT"},
    {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"},
    {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00"},
    {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 +0100"},
    {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT", "If-None-Match": '"x"'},
    {"If-Modified-Since": "not a date"},
):
    c.request("GET", "/a.txt", headers=hdrs)
    r = c.getresponse()
    print(r.status, r.getheader("Last-Modified"), r.read())
    if r.will_close:
        c.close()
        c = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=3)
c.close()
srv.shutdown()
t.join()
srv.server_close()
os.remove(path)
os.rmdir(root)
