# Large send/sendall/recv between threads (calls of 16 KiB and more let the
# GIL go): every byte arrives in order, MSG_WAITALL still fills its buffer,
# mutable buffers (bytearray, memoryview) work too, and a socket closed by
# the peer during a big send gives an OSError, not a crash.
import socket, _thread, time

N = 3 * 1024 * 1024
pattern = bytes(range(256)) * (N // 256)


def run(sender, reader):
    a, b = socket.socketpair()
    done = _thread.allocate_lock()
    done.acquire()
    res = []

    def send_side():
        try:
            sender(a)
        finally:
            a.close()
            done.release()

    _thread.start_new_thread(send_side, ())
    got = reader(b)
    done.acquire()
    b.close()
    return got


def recv_all(s, n=65536):
    parts = []
    while True:
        d = s.recv(n)
        if not d:
            return b"".join(parts)
        parts.append(d)


print("sendall bytes:", run(lambda s: s.sendall(pattern), recv_all) == pattern)
print("sendall bytearray:", run(lambda s: s.sendall(bytearray(pattern)), recv_all) == pattern)
print("sendall memoryview:", run(lambda s: s.sendall(memoryview(pattern)[1:]), recv_all) == pattern[1:])


def send_loop(s):
    view = pattern
    while view:
        n = s.send(view[:100000])
        view = view[n:]


print("send loop:", run(send_loop, lambda s: recv_all(s, 20000)) == pattern)


def waitall(s):
    parts = []
    while True:
        d = s.recv(300000, socket.MSG_WAITALL)
        parts.append(len(d))
        if len(d) < 300000:
            return parts


parts = run(lambda s: s.sendall(pattern), waitall)
print("waitall:", sum(parts) == N, all(p == 300000 for p in parts[:-1]))


def recv_into_all(s):
    buf = bytearray(70000)
    total = 0
    while True:
        n = s.recv_into(buf)
        if not n:
            return total
        total += n


print("recv_into:", run(lambda s: s.sendall(pattern), recv_into_all) == N)

# The peer closed by another thread while a big sendall waits for room.
a, b = socket.socketpair()
out = []
fin = _thread.allocate_lock()
fin.acquire()


def closer():
    time.sleep(0.2)
    b.close()
    fin.release()


_thread.start_new_thread(closer, ())
try:
    a.sendall(b"y" * (64 * 1024 * 1024))
    print("sendall finished")
except OSError as e:
    print("sendall: OSError")
fin.acquire()
a.close()
