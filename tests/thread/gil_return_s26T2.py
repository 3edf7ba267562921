# Threads coming back from blocking calls while another is busy in Python:
# two receivers (recv_into of 64 KiB bytearrays and views, which let go of the
# GIL) fed by two senders (sendall of bytearray views), beside a thread that
# never blocks. Everything must arrive whole and in order, the busy thread
# must keep running meanwhile, and a fork() among these threads must give a
# child whose own threads work.
import os
import socket
import threading
import time

CHUNK = 65536
PIECES = 24
PATTERN = bytes((k * 7 + 3) & 0xFF for k in range(256)) * (CHUNK // 256)

stop = False
busy_count = [0]
busy_at_start = [0]


def busy():
    while not stop:
        busy_count[0] += 1


def sender(s, i):
    data = bytearray(PATTERN)
    for k in range(PIECES):
        s.sendall(memoryview(data) if (k + i) % 2 else data)
    s.close()


results = {}


def receiver(s, i):
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    total = 0
    ok = True
    while True:
        # Half the time into a view that starts part-way (its address is
        # inside the bytearray's block).
        half = (total // CHUNK + i) % 2
        n = s.recv_into(view[CHUNK // 4:]) if half else s.recv_into(buf)
        if n == 0:
            break
        got = bytes(view[CHUNK // 4:CHUNK // 4 + n]) if half else bytes(buf[:n])
        off = total % CHUNK
        want = (PATTERN + PATTERN)[off:off + n]
        ok = ok and got == want
        total += n
    s.close()
    results[i] = (total, ok)


def child_work():
    a, b = socket.socketpair()
    out = []
    t = threading.Thread(target=lambda: (b.sendall(bytearray(PATTERN)), b.close()))
    t.start()
    buf = bytearray(CHUNK)
    total = 0
    while True:
        n = a.recv_into(buf)
        if n == 0:
            break
        total += n
    t.join()
    a.close()
    return total == CHUNK


tb = threading.Thread(target=busy)
tb.start()
while busy_count[0] == 0:
    time.sleep(0.001)
busy_at_start[0] = busy_count[0]
threads = []
for i in range(2):
    a, b = socket.socketpair()
    threads.append(threading.Thread(target=sender, args=(b, i)))
    threads.append(threading.Thread(target=receiver, args=(a, i)))
for t in threads:
    t.start()
pid = os.fork()
if pid == 0:
    os._exit(0 if child_work() else 3)
_, status = os.waitpid(pid, 0)
for t in threads:
    t.join()
busy_progressed = busy_count[0] > busy_at_start[0]
stop = True
tb.join()
print(sorted(results.items()))
print('child exit status', status)
print('busy thread progressed', busy_progressed)
