# socketserver.ThreadingTCPServer / ThreadingUDPServer: serve_forever() in a
# thread, several concurrent clients (each handler waits until all are in),
# shutdown() from the main thread, server_close() joins handler threads.
import socket
import socketserver
import threading

N = 4
inside = threading.Barrier(N, timeout=5)
log = []


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        inside.wait()
        log.append(line.strip())
        self.wfile.write(b'echo:' + line.upper())


print(issubclass(socketserver.ThreadingTCPServer, socketserver.ThreadingMixIn))
print(socketserver.ThreadingMixIn.daemon_threads, socketserver.ThreadingMixIn.block_on_close)
server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo)
addr = server.server_address
st = threading.Thread(target=server.serve_forever, args=(0.05,))
st.start()
replies = []


def client(i):
    with socket.create_connection(addr, timeout=5) as c:
        c.sendall(b'hello %d\n' % i)
        f = c.makefile('rb')
        replies.append(f.readline())


cs = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for c in cs:
    c.start()
for c in cs:
    c.join()
server.shutdown()
st.join()
server.server_close()
print(sorted(replies))
print(sorted(log))


class UEcho(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(b'u:' + self.rfile.read())


with socketserver.ThreadingUDPServer(('127.0.0.1', 0), UEcho) as us:
    st = threading.Thread(target=us.serve_forever, args=(0.05,))
    st.start()
    out = []
    for i in range(3):
        c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        c.settimeout(5)
        c.sendto(b'p%d' % i, us.server_address)
        out.append(c.recvfrom(100)[0])
        c.close()
    us.shutdown()
    st.join()
print(out)
print(threading.active_count())
