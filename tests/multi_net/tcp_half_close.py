# Half-close: the client sends a request and shutdown(SHUT_WR); the server
# reads to EOF, then answers on the still-open other direction.


def instance0():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    c, _ = s.accept()
    c.settimeout(10)
    req = b""
    while True:
        data = c.recv(7)
        if not data:
            break
        req += data
    print("request", req)
    c.sendall(b"response to " + req)
    c.shutdown(socket.SHUT_WR)
    print("after EOF", c.recv(10))
    c.close()
    s.close()


def instance1():
    import socket

    multitest.next()
    s = socket.socket()
    s.settimeout(10)
    s.connect(("127.0.0.1", PORT))
    s.sendall(b"the whole request")
    s.shutdown(socket.SHUT_WR)
    resp = b""
    while True:
        data = s.recv(5)
        if not data:
            break
        resp += data
    print("response", resp)
    s.close()
