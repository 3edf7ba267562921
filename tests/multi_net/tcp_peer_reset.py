# The server resets the connection (SO_LINGER 0, close): the client's poll()
# reports it and recv() raises ECONNRESET, without a crash or a hang.
import sys


def instance0():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    c, _ = s.accept()
    c.settimeout(10)
    print(c.recv(10))
    c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, (1).to_bytes(4, sys.byteorder) + bytes(4))
    c.close()
    s.close()
    multitest.next()


def instance1():
    import errno
    import select
    import socket

    multitest.next()
    s = socket.socket()
    s.settimeout(10)
    s.connect(("127.0.0.1", PORT))
    s.send(b"hi")
    multitest.next()
    p = select.poll()
    p.register(s, select.POLLIN)
    ev = p.poll(10000)[0][1]
    print("poll reports it", ev & (select.POLLIN | select.POLLHUP | select.POLLERR) != 0)
    try:
        print(s.recv(10))
    except OSError as e:
        print(type(e).__name__, errno.errorcode[e.errno])
    try:
        s.send(b"more")
        s.send(b"more")
        print("sent")
    except OSError as e:
        # (macOS may say EPROTOTYPE while the connection is torn down)
        print(type(e).__name__, errno.errorcode[e.errno] in ("EPIPE", "ECONNRESET", "EPROTOTYPE"))
    s.close()
