# A threaded echo server on 127.0.0.1 (port 0): one thread per connection,
# several client threads at once.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(8)
addr = srv.getsockname()
N = 6


def serve_one(conn):
    with conn:
        buf = b''
        while not buf.endswith(b'\n'):
            d = conn.recv(100)
            if not d:
                break
            buf += d
        conn.sendall(b'echo ' + buf)


def acceptor():
    hs = []
    for _ in range(N):
        conn, _ = srv.accept()
        h = threading.Thread(target=serve_one, args=(conn,))
        h.start()
        hs.append(h)
    for h in hs:
        h.join()


replies = []
lock = threading.Lock()


def client(i):
    c = socket.create_connection(addr, timeout=5)
    with c:
        msg = ('client %d ' % i).encode() * 50 + b'\n'
        c.sendall(msg)
        data = b''
        while not data.endswith(b'\n'):
            d = c.recv(1000)
            if not d:
                break
            data += d
    with lock:
        replies.append((i, data == b'echo ' + msg, len(data)))


a = threading.Thread(target=acceptor)
a.start()
cs = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for c in cs:
    c.start()
for c in cs:
    c.join()
a.join()
srv.close()
print(sorted(replies))
print(threading.active_count())
