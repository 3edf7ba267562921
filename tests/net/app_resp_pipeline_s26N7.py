# A RESP (Redis protocol) server and client pair of the kind a third-party
# test writes: the client pipelines many commands, sent in odd-sized pieces;
# both sides parse incrementally from small recv()s, so every frame boundary
# falls in the middle of a read somewhere. Server in a thread, loopback TCP.
import socket
import threading


class Incomplete(Exception):
    pass


def parse(buf, pos):
    # One RESP value from buf at pos -> (value, next pos); Incomplete if
    # buf ends first.
    start = pos
    end = buf.find(b"\r\n", pos)
    if end < 0:
        raise Incomplete
    kind, line = buf[pos:pos + 1], buf[pos + 1:end]
    pos = end + 2
    if kind == b"+":
        return line.decode(), pos
    if kind == b"-":
        return Exception(line.decode()), pos
    if kind == b":":
        return int(line), pos
    if kind == b"$":
        n = int(line)
        if n < 0:
            return None, pos
        if len(buf) < pos + n + 2:
            raise Incomplete
        return bytes(buf[pos:pos + n]), pos + n + 2
    if kind == b"*":
        n = int(line)
        if n < 0:
            return None, pos
        items = []
        for _ in range(n):
            v, pos = parse(buf, pos)
            items.append(v)
        return items, pos
    # an inline command: words separated by spaces
    return [w.encode() for w in bytes(buf[start:end]).decode().split()], pos


def encode(v):
    if v is None:
        return b"$-1\r\n"
    if isinstance(v, Exception):
        return b"-" + str(v.args[0]).encode() + b"\r\n"
    if isinstance(v, bool):
        return b":%d\r\n" % int(v)
    if isinstance(v, int):
        return b":%d\r\n" % v
    if isinstance(v, str):
        return b"+" + v.encode() + b"\r\n"
    if isinstance(v, bytes):
        return b"$%d\r\n" % len(v) + v + b"\r\n"
    return b"*%d\r\n" % len(v) + b"".join(encode(x) for x in v)


def execute(db, cmd):
    name = cmd[0].upper()
    args = cmd[1:]
    if name == b"PING":
        return args[0] if args else "PONG"
    if name == b"ECHO":
        return args[0]
    if name == b"SET":
        db[args[0]] = args[1]
        return "OK"
    if name == b"GET":
        return db.get(args[0])
    if name == b"DEL":
        return sum(1 for k in args if db.pop(k, None) is not None)
    if name == b"INCRBY" or name == b"INCR":
        step = int(args[1]) if name == b"INCRBY" else 1
        try:
            v = int(db.get(args[0], b"0")) + step
        except ValueError:
            return Exception("ERR value is not an integer or out of range")
        db[args[0]] = b"%d" % v
        return v
    if name == b"RPUSH":
        lst = db.setdefault(args[0], [])
        lst.extend(args[1:])
        return len(lst)
    if name == b"LRANGE":
        lst = db.get(args[0], [])
        a, b = int(args[1]), int(args[2])
        return lst[a:None if b == -1 else b + 1]
    if name == b"EXISTS":
        return sum(1 for k in args if k in db)
    return Exception("ERR unknown command '%s'" % name.decode().lower())


def serve(conn, counts):
    db = {}
    buf = bytearray()
    pos = 0
    reads = 0
    while True:
        data = conn.recv(7)
        if not data:
            break
        reads += 1
        buf += data
        out = b""
        while pos < len(buf):
            try:
                cmd, nxt = parse(buf, pos)
            except Incomplete:
                break
            pos = nxt
            out += encode(execute(db, cmd))
        if pos > 4096:
            del buf[:pos]
            pos = 0
        if out:
            conn.sendall(out)
    counts.append(reads > 20)
    conn.close()


srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
counts = []


def server():
    conn, _ = srv.accept()
    serve(conn, counts)


t = threading.Thread(target=server)
t.start()
c = socket.create_connection(srv.getsockname())
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def command(*words):
    return encode([w if isinstance(w, bytes) else str(w).encode() for w in words])


big = bytes(range(256)) * 300
pipeline = [
    command("PING"),
    command("SET", "greeting", "hello\r\nworld"),
    command("GET", "greeting"),
    command("GET", "nothing"),
    command("INCR", "n"),
    command("INCRBY", "n", 41),
    command("INCR", "greeting"),
    command("RPUSH", "list", "a", "b", "c", ""),
    command("LRANGE", "list", 0, -1),
    command("LRANGE", "list", 1, 2),
    command("SET", "big", big),
    command("GET", "big"),
    command("EXISTS", "n", "big", "nope"),
    command("DEL", "n", "nope"),
    command("FLY", "away"),
    b"PING inline\r\n",
    command("ECHO", ""),
]
wire = b"".join(pipeline)
# odd-sized pieces (a fixed pseudo-random walk), so that frames split anywhere
seed = 12345
i = 0
while i < len(wire):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    n = 1 + seed % 13 if i < 400 else 1 + seed % 9000
    c.sendall(wire[i:i + n])
    i += n

replies = []
buf = b""
pos = 0
while len(replies) < len(pipeline):
    data = c.recv(5 if len(replies) < 8 else 4096)
    if not data:
        break
    buf += data
    while True:
        try:
            v, pos2 = parse(buf, pos)
        except Incomplete:
            break
        pos = pos2
        replies.append(v)
c.shutdown(socket.SHUT_WR)
print("leftover after the replies:", c.recv(10))
c.close()
t.join()
srv.close()
for v in replies:
    if isinstance(v, Exception):
        print("error:", v.args[0])
    elif v == big:
        print("big value back intact,", len(v), "bytes")
    else:
        print(repr(v))
print("server saw many small reads:", counts)
