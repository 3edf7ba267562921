# Threads and sockets together (not part of socket_bench.py): the main thread
# receives 200 MiB in 64 KiB pieces from a forked writer while another thread
# is busy in Python the whole time. Each large recv lets go of the GIL; where
# the returning receiver must wait a whole switch interval (5 ms) behind the
# busy thread, it gets 64 KiB per interval (CPython's "convoy effect").
# Run it under ./micropython and python3:
#   ./micropython tools/bench/socket/threads_busy_recv.py [recv|recv_into]
import os
import socket
import sys
import threading
import time

CHUNK = 65536
TOTAL = 200 * 1024 * 1024
how = sys.argv[1] if len(sys.argv) > 1 else "recv"

a, b = socket.socketpair()
pid = os.fork()
if pid == 0:
    a.close()
    data = b"x" * CHUNK
    for _ in range(TOTAL // CHUNK):
        b.sendall(data)
    b.close()
    os._exit(0)
b.close()

spins = [0]
stop = [False]


def busy():
    n = 0
    while not stop[0]:
        n += 1
    spins[0] = n


t = threading.Thread(target=busy)
t.start()
buf = bytearray(CHUNK)
got = 0
t0 = time.time()
while True:
    n = a.recv_into(buf) if how == "recv_into" else len(a.recv(CHUNK))
    if not n:
        break
    got += n
dt = time.time() - t0
stop[0] = True
t.join()
os.waitpid(pid, 0)
a.close()
assert got == TOTAL, got
print("%s: %.0f MB/s received; busy thread %.1f M loop iterations/s" % (how, got / dt / 1e6, spins[0] / dt / 1e6))
