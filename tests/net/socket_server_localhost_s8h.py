# socket.create_server() and socketserver servers take a host name such as
# "localhost" (CPython looks it up); the socket methods themselves stay
# numeric-only (spec).
import socket, socketserver, threading
with socket.create_server(("localhost", 0)) as s:
    print(s.getsockname()[0], s.family == socket.AF_INET)
    c = socket.create_connection(("localhost", s.getsockname()[1]))
    a, _ = s.accept()
    c.sendall(b'hi'); print(a.recv(10)); a.close(); c.close()
try:
    socket.create_server(("no-such-host.invalid", 0))
except OSError as e:
    # a resolver error: its EAI code's sign is the host's in CPython (glibc's
    # are negative, macOS's positive) and negative here (spec)
    print('OSError', e.errno in {getattr(socket, n) for n in dir(socket) if n.startswith('EAI_')})
class H(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline().upper())
srv = socketserver.TCPServer(("localhost", 0), H)
print(srv.server_address[0])
t = threading.Thread(target=srv.handle_request); t.start()
c = socket.create_connection(srv.server_address)
c.sendall(b'abc\n'); print(c.recv(10)); c.close(); t.join(); srv.server_close()
