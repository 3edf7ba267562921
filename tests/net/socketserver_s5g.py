# socketserver on loopback without threads: clients connect and send first
# (the kernel queues them), then the server handles them.
import os
import socket
import socketserver
import sys

log = []


def stop(server):
    # serve_forever() is left through shutdown(); CPython's shutdown() waits
    # for serve_forever() to end, so there it must come from another thread.
    if sys.implementation.name == 'cpython':
        import threading
        threading.Thread(target=server.shutdown).start()
    else:
        server.shutdown()


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        log.append(line)
        self.wfile.write(b'echo:' + line.upper())
        if line.startswith(b'quit'):
            stop(self.server)


class Fail(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError('boom')


def client(addr, data, fam=socket.AF_INET):
    c = socket.socket(fam, socket.SOCK_STREAM)
    c.settimeout(2)
    c.connect(addr)
    c.sendall(data)
    return c


def answer(c):
    out = b''
    while True:
        d = c.recv(100)
        if not d:
            break
        out += d
    c.close()
    return out


with socketserver.TCPServer(('127.0.0.1', 0), Echo) as srv:
    print(srv.server_address[0], srv.server_address[1] > 0, srv.socket.type == socket.SOCK_STREAM)
    print(srv.request_queue_size, srv.allow_reuse_address, srv.timeout, srv.fileno() == srv.socket.fileno())
    c = client(srv.server_address, b'hello\n')
    srv.handle_request()
    print(answer(c), log)
    cs = [client(srv.server_address, b'line %d\n' % i) for i in range(3)]
    cs.append(client(srv.server_address, b'quit\n'))
    srv.serve_forever(poll_interval=0.05)
    print([answer(c) for c in cs])
    srv.timeout = 0.05
    timeouts = []
    srv.handle_timeout = lambda: timeouts.append(1)
    srv.handle_request()
    print('timeouts', timeouts)
print(srv.socket.fileno())


class Quiet(socketserver.TCPServer):
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        print('handle_error', sys.exc_info()[0].__name__, client_address[0])


with Quiet(('127.0.0.1', 0), Fail) as srv:
    c = client(srv.server_address, b'x')
    srv.handle_request()
    print('after error', answer(c))


class Picky(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        print('verify', client_address[0])
        return False


with Picky(('127.0.0.1', 0), Echo) as srv:
    c = client(srv.server_address, b'no\n')
    srv.handle_request()
    print('refused', answer(c), log[-1])

srv = socketserver.TCPServer(('127.0.0.1', 0), Echo, bind_and_activate=False)
srv.allow_reuse_address = True
srv.server_bind()
srv.server_activate()
c = client(srv.server_address, b'late\n')
srv.handle_request()
print(answer(c))
srv.server_close()


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(data.upper() + b'!')


with socketserver.UDPServer(('127.0.0.1', 0), Upper) as srv:
    print(srv.max_packet_size, srv.socket.type == socket.SOCK_DGRAM)
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.settimeout(2)
    u.sendto(b'datagram', srv.server_address)
    srv.handle_request()
    print(u.recvfrom(100)[0])
    u.close()


class Raw(socketserver.BaseRequestHandler):
    def setup(self):
        print('setup')

    def handle(self):
        data, sock = self.request
        sock.sendto(data[::-1], self.client_address)

    def finish(self):
        print('finish')


with socketserver.UDPServer(('127.0.0.1', 0), Raw) as srv:
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.settimeout(2)
    u.sendto(b'abc', srv.server_address)
    srv.handle_request()
    print(u.recv(100))
    u.close()

path = '/tmp/socketserver_s5g_%d' % os.getpid()
with socketserver.UnixStreamServer(path, Echo) as srv:
    c = client(path, b'unix\n', socket.AF_UNIX)
    srv.handle_request()
    print(answer(c), srv.server_address == path)
os.remove(path)
with socketserver.UnixDatagramServer(path, Raw) as srv:
    u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    u.bind(path + 'c')
    u.settimeout(2)
    u.sendto(b'xyz', path)
    srv.handle_request()
    print(u.recv(100))
    u.close()
os.remove(path)
os.remove(path + 'c')
print(issubclass(socketserver.UDPServer, socketserver.TCPServer), issubclass(socketserver.TCPServer, socketserver.BaseServer))
