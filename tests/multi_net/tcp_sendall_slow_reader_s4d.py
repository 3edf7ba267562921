# sendall() with partial writes: the server pushes 2 MB through a small send
# buffer to a client that reads in small pieces and pauses now and then, so
# sendall must wait many times within one timeout. Then the client sends the
# checksum back with write()-style partial sends (send() returning short
# counts on a non-blocking socket, waiting with poll in between).


def instance0():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    c, _ = s.accept()
    c.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8192)
    c.settimeout(20)
    data = bytes(range(256)) * 8192
    print("sendall", c.sendall(data))
    c.shutdown(socket.SHUT_WR)
    got = b""
    while True:
        part = c.recv(100)
        if not part:
            break
        got += part
    print("client says", got)
    c.close()
    s.close()


def instance1():
    import select
    import socket
    import time

    multitest.next()
    s = socket.socket()
    s.settimeout(20)
    s.connect(("127.0.0.1", PORT))
    total = 0
    check = 0
    n = 0
    while True:
        part = s.recv(3000)
        if not part:
            break
        total += len(part)
        check += sum(part)
        n += 1
        if n % 64 == 0:
            time.sleep(0.01)
    print("received", total)
    msg = ("%d %d" % (total, check)).encode() * 200
    s.setblocking(False)
    sent = 0
    p = select.poll()
    p.register(s, select.POLLOUT)
    while sent < len(msg):
        try:
            sent += s.send(msg[sent:])
        except OSError:
            p.poll(1000)
    s.setblocking(True)
    s.shutdown(socket.SHUT_WR)
    s.close()
