# A non-blocking connect() finished with poll(): EINPROGRESS (or done at
# once), POLLOUT, SO_ERROR 0, then data both ways on the non-blocking socket.


def instance0():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    c, _ = s.accept()
    c.settimeout(10)
    print(c.recv(100))
    c.sendall(b"welcome")
    c.close()
    s.close()


def instance1():
    import errno
    import select
    import socket

    multitest.next()
    s = socket.socket()
    s.setblocking(False)
    try:
        s.connect(("127.0.0.1", PORT))
    except OSError as e:
        print("connect", errno.errorcode[e.errno] in ("EINPROGRESS", "EAGAIN"))
    p = select.poll()
    p.register(s, select.POLLOUT)
    ev = p.poll(10000)[0][1]
    print("writable", ev & select.POLLOUT != 0)
    print("SO_ERROR", s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
    print("sent", s.send(b"hello from a non-blocking socket"))
    p.modify(s, select.POLLIN)
    got = b""
    while len(got) < 7:
        if p.poll(10000):
            data = s.recv(100)
            if not data:
                break
            got += data
    print(got)
    s.close()
