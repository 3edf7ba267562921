# http.server.ThreadingHTTPServer serves each request in its own thread: a
# client that opens a connection and stays silent does not hold up others.
import http.server, http.client, socket, threading

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ('path=%s' % self.path).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
port = srv.server_address[1]
t = threading.Thread(target=srv.serve_forever)
t.start()

silent = socket.create_connection(('127.0.0.1', port))  # never sends
results = []
def get(i):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
    c.request('GET', '/item/%d' % i)
    r = c.getresponse()
    results.append((r.status, r.read().decode()))
    c.close()
clients = [threading.Thread(target=get, args=(i,)) for i in range(5)]
for c in clients:
    c.start()
for c in clients:
    c.join()
print(sorted(results))
silent.close()
srv.shutdown()
srv.server_close()
t.join()
print('done', isinstance(srv, http.server.HTTPServer))
