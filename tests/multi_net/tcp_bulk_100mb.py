# 100 MB over TCP: the server sends with sendall(), the client reads with
# read(n) (MicroPython's socket.read, or CPython's makefile('rb').read): no
# short reads, every byte checked.
# timeout: 120

CHUNK = 1 << 20
COUNT = 100


def pattern():
    return bytes(range(256)) * (CHUNK // 256)


def instance0():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    c, _ = s.accept()
    c.settimeout(30)
    base = pattern()
    for i in range(COUNT):
        k = i % 256
        c.sendall(base[k:] + base[:k])
    c.close()
    s.close()
    print("sent", COUNT * CHUNK)


def instance1():
    import socket

    multitest.next()
    s = socket.socket()
    s.settimeout(30)
    s.connect(("127.0.0.1", PORT))
    read = getattr(s, "read", None) or s.makefile("rb").read
    base = pattern()
    good = 0
    total = 0
    for i in range(COUNT):
        data = read(CHUNK)
        total += len(data)
        k = i % 256
        if data == base[k:] + base[:k]:
            good += 1
    print("received", total, "good chunks", good)
    print("then EOF", read(10))
    s.close()
