# socketserver.ForkingTCPServer / ForkingUDPServer: each request is served in
# a child process; server_close() waits for the children; __all__ lists the
# module's public classes.
import os
import socket
import socketserver
import threading


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(b'%d:' % (os.getpid() != self.server.parent) + line.upper())


class UdpEcho(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


print(sorted(socketserver.__all__))
print(issubclass(socketserver.ForkingTCPServer, socketserver.ForkingMixIn))

with socketserver.ForkingTCPServer(('127.0.0.1', 0), Echo) as srv:
    srv.parent = os.getpid()
    t = threading.Thread(target=srv.serve_forever, args=(0.05,))
    t.start()
    for i in range(3):
        with socket.create_connection(srv.server_address) as c:
            c.sendall(b'hello %d\n' % i)
            print(c.makefile('rb').readline())
    srv.shutdown()
    t.join()
print(srv.active_children)

# A request served by handle_request(); the child is reaped on close.
srv = socketserver.ForkingUDPServer(('127.0.0.1', 0), UdpEcho)
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.sendto(b'datagram', srv.server_address)
srv.handle_request()
print(c.recvfrom(100)[0])
c.close()
srv.server_close()
print(srv.active_children)


# max_children: with 1 allowed, collect_children waits for the child.
class Slow(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(b'x')


srv = socketserver.ForkingTCPServer(('127.0.0.1', 0), Slow)
srv.max_children = 1
c = socket.create_connection(srv.server_address)
srv.handle_request()
print(len(srv.active_children), c.recv(1))
srv.collect_children()
print(srv.active_children)
c.close()
srv.server_close()
