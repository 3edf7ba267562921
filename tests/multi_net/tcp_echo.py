# TCP echo between two processes: messages of several sizes come back intact.


def instance0():
    import socket

    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    c, addr = s.accept()
    c.settimeout(10)
    print("accepted", addr[0])
    n = 0
    while True:
        data = c.recv(4096)
        if not data:
            break
        c.sendall(data)
        n += len(data)
    print("echoed", n)
    c.close()
    s.close()


def instance1():
    import socket

    multitest.next()
    s = socket.socket()
    s.settimeout(10)
    s.connect(("127.0.0.1", PORT))
    for size in (1, 10, 100, 1000, 10000, 100000):
        msg = bytes((i * 7 + size) & 255 for i in range(size))
        s.sendall(msg)
        got = b""
        while len(got) < size:
            chunk = s.recv(size - len(got))
            if not chunk:
                break
            got += chunk
        print(size, got == msg)
    s.close()
