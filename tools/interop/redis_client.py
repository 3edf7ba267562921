# A small RESP (Redis protocol) client written the way MicroPython code is:
# a socket, makefile(), readline()/read()/write() and bytes. Runs under
# ./micropython and python3 alike and prints the same lines.
#
#   redis_client.py PORT        (a redis-server on 127.0.0.1:PORT)
import socket
import sys


class Redis:
    def __init__(self, host, port):
        ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
        self.sock = socket.socket(ai[0], ai[1], ai[2])
        self.sock.settimeout(20)
        self.sock.connect(ai[-1])
        self.f = self.sock.makefile("rwb")

    def encode(self, *args):
        out = [b"*%d\r\n" % len(args)]
        for a in args:
            if isinstance(a, int):
                a = str(a)
            if isinstance(a, str):
                a = a.encode()
            out.append(b"$%d\r\n" % len(a))
            out.append(a)
            out.append(b"\r\n")
        return b"".join(out)

    def reply(self):
        line = self.f.readline()
        if not line.endswith(b"\r\n"):
            raise OSError("short reply line: %r" % line)
        kind, rest = line[:1], line[1:-2]
        if kind == b"+":
            return rest
        if kind == b"-":
            raise ValueError(rest.decode())
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            if n < 0:
                return None
            data = self.f.read(n + 2)
            if len(data) != n + 2:
                raise OSError("short bulk read: %d of %d" % (len(data), n + 2))
            return data[:-2]
        if kind == b"*":
            n = int(rest)
            if n < 0:
                return None
            return [self.reply() for _ in range(n)]
        raise OSError("bad reply type %r" % line)

    def send(self, data):
        self.f.write(data)
        self.f.flush()

    def cmd(self, *args):
        self.send(self.encode(*args))
        return self.reply()

    def pipeline(self, cmds):
        self.send(b"".join(self.encode(*c) for c in cmds))
        return [self.reply() for _ in cmds]

    def close(self):
        self.f.close()
        self.sock.close()


def check(name, ok):
    print("%s %s" % ("PASS" if ok else "FAIL", name))
    return ok


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 6379
    r = Redis("127.0.0.1", port)
    good = True
    good &= check("ping", r.cmd("PING") == b"PONG")
    good &= check("flushall", r.cmd("FLUSHALL") == b"OK")
    good &= check("set", r.cmd("SET", "k", "hello") == b"OK")
    good &= check("get", r.cmd("GET", "k") == b"hello")
    good &= check("get missing", r.cmd("GET", "nope") is None)
    good &= check("incr", [r.cmd("INCR", "n") for _ in range(5)] == [1, 2, 3, 4, 5])
    good &= check("lpush", r.cmd("LPUSH", "L", "a", "b", "c") == 3)
    good &= check("lrange", r.cmd("LRANGE", "L", 0, -1) == [b"c", b"b", b"a"])
    try:
        r.cmd("INCR", "k")
        good &= check("error reply", False)
    except ValueError as e:
        good &= check("error reply", str(e).startswith("ERR"))
    # 1,000 commands in one write, then 1,000 replies.
    cmds = [("SET", "p%d" % i, "v%d" % i) for i in range(500)]
    cmds += [("GET", "p%d" % i) for i in range(500)]
    res = r.pipeline(cmds)
    good &= check(
        "pipeline 1000",
        res[:500] == [b"OK"] * 500 and res[500:] == [b"v%d" % i for i in range(500)],
    )
    res = r.pipeline([("INCR", "pc")] * 1000)
    good &= check("pipeline incr 1000", res == list(range(1, 1001)))
    # 1 MB binary values: every byte value, NULs and CR LF included.
    blob = bytes(range(256)) * 4096
    good &= check("set 1MB binary", r.cmd("SET", "blob", blob) == b"OK")
    got = r.cmd("GET", "blob")
    good &= check("get 1MB binary", got == blob)
    good &= check("strlen 1MB", r.cmd("STRLEN", "blob") == len(blob))
    blobs = [bytes([i]) * (1 << 20) for i in range(3)]
    res = r.pipeline([("SET", "b%d" % i, blobs[i]) for i in range(3)] + [("MGET", "b0", "b1", "b2")])
    good &= check("pipeline 3x1MB", res[:3] == [b"OK"] * 3 and res[3] == blobs)
    good &= check("quit", r.cmd("QUIT") == b"OK")
    good &= check("eof after quit", r.f.read() == b"")
    r.close()
    print("redis: %s" % ("all passed" if good else "FAILURES"))


main()
