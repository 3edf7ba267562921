# A line protocol: the client sends commands one line at a time, the server
# reads them with readline() and answers with a line each.


def instance0():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    multitest.globals(PORT=s.getsockname()[1])
    multitest.next()
    c, _ = s.accept()
    c.settimeout(10)
    f = c.makefile("rwb")
    while True:
        line = f.readline()
        if not line:
            print("EOF")
            break
        cmd = line.rstrip(b"\r\n")
        print("got", cmd)
        if cmd == b"QUIT":
            f.write(b"BYE\n")
            f.flush()
            break
        f.write(b"LEN " + str(len(cmd)).encode() + b" " + cmd.upper() + b"\n")
        f.flush()
    c.close()
    s.close()


def instance1():
    import socket

    multitest.next()
    s = socket.socket()
    s.settimeout(10)
    s.connect(("127.0.0.1", PORT))
    f = s.makefile("rwb")
    for cmd in (b"hello", b"", b"a much longer line " * 20, b"last\r", b"QUIT"):
        f.write(cmd + b"\n")
        f.flush()
        print(f.readline())
    print(f.readline())
    s.close()
