# recv(n, MSG_WAITALL) on a blocking socket waits for all n bytes (or EOF),
# although the fd underneath is non-blocking. The sender sends in pieces
# with pauses between them, so a plain recv would come back short.
# Regression: ./micropython returned the first piece only.


def instance0():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    c, _ = s.accept()
    print("waitall", c.recv(10, socket.MSG_WAITALL))
    buf = bytearray(8)
    print("recv_into waitall", c.recv_into(buf, 8, socket.MSG_WAITALL), bytes(buf))
    # EOF before n bytes: what arrived.
    print("waitall at eof", c.recv(100, socket.MSG_WAITALL))
    print("eof", c.recv(10))
    c.close()
    s.close()


def instance1():
    import socket
    import time

    multitest.next()
    s = socket.socket()
    s.connect(("127.0.0.1", PORT))
    for piece in (b"abc", b"defg", b"hij", b"1234", b"5678", b"tail"):
        s.send(piece)
        time.sleep(0.15)
    s.close()
