# sock.read(n) / makefile('rb').read(n) with the sender a thread of the same
# process: each read returns exactly n bytes until the last, in order. (Each
# read(n) used to allocate n bytes and then grow the buffer by one for the
# terminator, which with a second thread allocating meanwhile moved 64 KB per
# read: 50 MB took 0.2 s against recv's 0.06 s.)
import socket, threading

SIZE = 6 << 20
pattern = bytes(range(251)) * 4  # 251: no power of two, misplaced data shows
data = pattern * (SIZE // len(pattern))
a, b = socket.socketpair()


def sender():
    a.sendall(data)
    a.close()


t = threading.Thread(target=sender)
t.start()
reader = b.makefile("rb") if not hasattr(b, "read") else b
sizes = set()
parts = []
while True:
    d = reader.read(65536)
    if not d:
        break
    sizes.add(len(d))
    parts.append(d)
t.join()
got = b"".join(parts)
print(len(got) == len(data), got == data, max(sizes), len(sizes) <= 2)
b.close()
