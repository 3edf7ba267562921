# TCP echo over IPv6 loopback between two processes.


def instance0():
    import socket

    s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    s.bind(("::1", 0))
    s.listen(1)
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    c, addr = s.accept()
    c.settimeout(10)
    print("peer", addr[0], len(addr))
    while True:
        data = c.recv(1000)
        if not data:
            break
        c.sendall(data[::-1])
    c.close()
    s.close()


def instance1():
    import socket

    multitest.next()
    s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    s.settimeout(10)
    s.connect(("::1", PORT, 0, 0))
    for msg in (b"abc", b"IPv6 works", b"x" * 500):
        s.sendall(msg)
        got = b""
        while len(got) < len(msg):
            got += s.recv(1000)
        print(got[:20], len(got))
    s.close()
