# socketserver.StreamRequestHandler with wbufsize 0 (the default): wfile is
# an io.BufferedIOBase that sends each write at once (no flush needed),
# returns the count, has the connection's fileno(), and is closed by finish().
import socketserver, socket, io, threading


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        w = self.wfile
        self.server.info = [isinstance(w, io.BufferedIOBase), w.writable(),
                            w.fileno() == self.request.fileno()]
        self.server.info.append(w.write(b"hello\n"))
        self.server.info.append(w.write(bytearray(b"more")))
        line = self.rfile.readline()
        self.server.info.append(line)
        self.server.info.append(w.write(memoryview(b"bye")))
        self.server.wfile = w


server = socketserver.TCPServer(("127.0.0.1", 0), Handler)
c = socket.create_connection(server.server_address)
t = threading.Thread(target=server.handle_request)
t.start()
c.settimeout(5)
got = b""
while not got.endswith(b"more"):
    d = c.recv(100)
    if not d:
        break
    got += d
print(got)
c.sendall(b"line\n")
rest = b""
while True:
    d = c.recv(100)
    if not d:
        break
    rest += d
print(rest)
t.join()
print(server.info, server.wfile.closed)
c.close()
server.server_close()
