# Threads and sockets together (not part of socket_bench.py: one process is
# both ends): N_PAIRS client threads each ping-pong N_MSG 32-byte messages
# with a server thread of its own over a socketpair, so up to 2 * N_PAIRS
# threads hand the GIL to one another. Run it under ./micropython and python3:
#   ./micropython tools/bench/socket/threads_pingpong.py
import socket
import threading
import time

N_PAIRS = 20
N_MSG = 2000


def server(conn):
    while True:
        data = conn.recv(64)
        if not data:
            break
        conn.sendall(data)
    conn.close()


def client(done):
    a, b = socket.socketpair()
    t = threading.Thread(target=server, args=(b,))
    t.start()
    for _ in range(N_MSG):
        a.sendall(b'x' * 32)
        got = 0
        while got < 32:
            got += len(a.recv(64))
    a.close()
    t.join()
    done.append(1)


done = []
t0 = time.time()
threads = [threading.Thread(target=client, args=(done,)) for _ in range(N_PAIRS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('%d round trips in %.2f s' % (len(done) * N_MSG, time.time() - t0))
