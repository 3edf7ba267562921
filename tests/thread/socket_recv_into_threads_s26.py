# recv_into and sendall with bytearrays and memoryviews while another thread
# runs: the data arrives whole and in order, and a buffer that another thread
# grows during a blocking recv_into never takes the interpreter down (CPython
# refuses the resize with BufferError; here the old memory is written).
import socket
import threading
import time

CHUNK = 65536
TOTAL = 40 * CHUNK


def pattern(i):
    return bytes((i * 7 + k) & 0xFF for k in range(256)) * (CHUNK // 256)


def sender(s):
    for i in range(TOTAL // CHUNK):
        data = pattern(i)
        # bytes, bytearray and a view of one, as the program may hold them
        s.sendall((data, bytearray(data), memoryview(bytearray(data)))[i % 3])
    s.close()


a, b = socket.socketpair()
t = threading.Thread(target=sender, args=(b,))
t.start()
buf = bytearray(CHUNK)
view = memoryview(buf)
got = bytearray()
while True:
    have = 0
    while have < CHUNK:
        n = a.recv_into(view[have:]) if have else a.recv_into(buf)
        if n == 0:
            break
        have += n
    if have == 0:
        break
    got += buf[:have]
t.join()
a.close()
print(len(got) == TOTAL, all(got[i * CHUNK:(i + 1) * CHUNK] == pattern(i) for i in range(TOTAL // CHUNK)))

# Growing the buffer of a blocked recv_into.
a, b = socket.socketpair()
buf = bytearray(CHUNK)
outcome = []


def grow_then_send():
    time.sleep(0.05)
    try:
        buf.extend(bytes(1 << 20))
        outcome.append('grew')
    except BufferError:
        outcome.append('refused')
    b.sendall(b'y' * CHUNK)


t = threading.Thread(target=grow_then_send)
t.start()
n = 0
while n < CHUNK:
    n += a.recv_into(memoryview(buf)[n:CHUNK]) if n else a.recv_into(buf, CHUNK)
t.join()
print(n, len(outcome))
buf.extend(b'z')
print(buf[-1:])
a.close()
b.close()
