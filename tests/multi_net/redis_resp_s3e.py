# RESP 2 (the Redis protocol) on the wire: a small key-value server stub
# (SET/GET/INCR/LPUSH/LRANGE/DEL/PING, errors, nil) and a client that sends
# single commands, a pipeline of 2000 commands in one write, binary values
# holding CR, LF and RESP markers, and a 1 MB bulk string. Both sides read
# with readline() and read(n): the socket itself in MicroPython, a
# makefile('rb') in CPython.


def reader(sock):
    return sock if hasattr(sock, "read") else sock.makefile("rb")


def read_exact(f, n):
    data = b""
    while len(data) < n:
        part = f.read(n - len(data))
        if not part:
            raise OSError("closed after %d of %d bytes" % (len(data), n))
        data += part
    return data


def bulk(b):
    return b"$%d\r\n%s\r\n" % (len(b), b)


def command(*args):
    out = b"*%d\r\n" % len(args)
    for a in args:
        out += bulk(a if isinstance(a, bytes) else str(a).encode())
    return out


def read_command(f):
    # An array of bulk strings -> list of bytes; None at EOF.
    line = f.readline()
    if not line:
        return None
    if line[:1] != b"*":
        raise ValueError("not an array: %r" % line)
    args = []
    for _ in range(int(line[1:])):
        head = f.readline()
        n = int(head[1:])
        args.append(read_exact(f, n + 2)[:-2])
    return args


def read_reply(f):
    line = f.readline()
    kind, rest = line[:1], line[1:-2]
    if kind in (b"+", b"-"):
        return kind + rest
    if kind == b":":
        return int(rest)
    if kind == b"$":
        n = int(rest)
        return None if n < 0 else read_exact(f, n + 2)[:-2]
    if kind == b"*":
        return [read_reply(f) for _ in range(int(rest))]
    raise ValueError("bad reply %r" % line)


def instance0():
    import socket

    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    multitest.globals(PORT=srv.getsockname()[1])
    multitest.next()
    conn, _ = srv.accept()
    conn.settimeout(10)
    f = reader(conn)
    store = {}
    counts = {}
    while True:
        args = read_command(f)
        if args is None:
            break
        name = args[0].upper()
        counts[name] = counts.get(name, 0) + 1
        if name == b"PING":
            out = b"+PONG\r\n"
        elif name == b"SET":
            store[args[1]] = args[2]
            out = b"+OK\r\n"
        elif name == b"GET":
            v = store.get(args[1])
            out = b"$-1\r\n" if v is None else bulk(v)
        elif name == b"INCR":
            v = store.get(args[1], b"0")
            if isinstance(v, list):
                out = b"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"
            else:
                v = int(v) + 1
                store[args[1]] = str(v).encode()
                out = b":%d\r\n" % v
        elif name == b"LPUSH":
            lst = store.setdefault(args[1], [])
            for v in args[2:]:
                lst.insert(0, v)
            out = b":%d\r\n" % len(lst)
        elif name == b"LRANGE":
            lst = store.get(args[1], [])
            lo, hi = int(args[2]), int(args[3])
            part = lst[lo:] if hi == -1 else lst[lo : hi + 1]
            out = b"*%d\r\n" % len(part) + b"".join(bulk(v) for v in part)
        elif name == b"DEL":
            n = 0
            for k in args[1:]:
                if k in store:
                    del store[k]
                    n += 1
            out = b":%d\r\n" % n
        else:
            out = b"-ERR unknown command '%s'\r\n" % args[0]
        conn.sendall(out)
    print("server:", sorted(counts.items()))
    conn.close()
    srv.close()


def instance1():
    import socket

    multitest.next()
    s = socket.socket()
    s.settimeout(10)
    s.connect(("127.0.0.1", PORT))
    f = reader(s)

    def call(*args):
        s.sendall(command(*args))
        return read_reply(f)

    print(call("PING"))
    blob = bytes(range(256)) + b"\r\n$-1\r\n*2\r\n:1\r\n"
    print(call("SET", "k", blob), call("GET", "k") == blob)
    print(call("GET", "missing"))
    print(call("INCR", "n"), call("INCR", "n"))
    print(call("LPUSH", "l", "a", b"b\r\n", b"\x00"))
    print(call("LRANGE", "l", 0, -1))
    print(call("INCR", "l")[:10])
    print(call("NOPE", "x"))
    # Pipelining: all commands in one write, then all the replies.
    s.sendall(b"".join(command("INCR", "p") for _ in range(2000)))
    replies = [read_reply(f) for _ in range(2000)]
    print(len(replies), replies[0], replies[-1], replies == list(range(1, 2001)))
    big = bytes(i * 7 & 255 for i in range(256)) * 4096
    print(call("SET", "big", big), call("GET", "big") == big)
    print(call("DEL", "k", "l", "big", "nothere"))
    s.close()
