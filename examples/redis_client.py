# A small Redis client speaking RESP 2 over a socket: commands go out as
# arrays of bulk strings, replies are read with readline() and read(n).
# Binary-safe (values may hold any bytes, CR and LF included); pipelining
# sends many commands in one write and reads the replies after.
#
#   redis_client.py [host [port]]     (defaults 127.0.0.1 6379)
#
# Run as a script it sets, gets, counts and pushes a few keys under
# "mpdemo:" and prints what the server answered.
import socket
import sys


class RedisError(Exception):
    pass


def encode_command(args):
    # An array of bulk strings: *<count>, then $<length> and the bytes of
    # each argument (ints and str are sent as their text).
    parts = []
    for a in args:
        b = a if isinstance(a, (bytes, bytearray)) else str(a).encode()
        parts.append(b"$%d\r\n%s\r\n" % (len(b), b))
    return b"*%d\r\n" % len(parts) + b"".join(parts)


class Redis:
    def __init__(self, host="127.0.0.1", port=6379, timeout=None):
        self.sock = socket.socket()
        self.sock.settimeout(timeout)
        self.sock.connect(socket.getaddrinfo(host, port)[0][-1])
        # The same socket: makefile() gives the stream methods in CPython too.
        self.f = self.sock.makefile("rwb", 0)

    def close(self):
        self.f.close()
        self.sock.close()

    def _line(self):
        line = self.f.readline()
        if not line.endswith(b"\r\n"):
            raise RedisError("connection closed")
        return line[:-2]

    def _exactly(self, n):
        data = b""
        while len(data) < n:
            part = self.f.read(n - len(data))
            if not part:
                raise RedisError("connection closed")
            data += part
        return data

    def read_reply(self):
        # The first byte of the line says the type: simple string, error,
        # integer, bulk string ($-1: nil) or array (*-1: nil).
        line = self._line()
        marker, value = line[:1], line[1:]
        if marker in b"$*":
            count = int(value)
            if count < 0:
                return None
            if marker == b"*":
                return [self.read_reply() for _ in range(count)]
            return self._exactly(count + 2)[:count]
        if marker == b":":
            return int(value)
        if marker == b"+":
            return value
        if marker == b"-":
            return RedisError(value.decode())
        raise RedisError("bad reply %r" % line)

    def execute(self, *args):
        self.sock.sendall(encode_command(args))
        r = self.read_reply()
        if isinstance(r, RedisError):
            raise r
        return r

    def pipeline(self, commands):
        # One write for all the commands, then one reply each, in order.
        # Errors come back as RedisError objects in the list.
        self.sock.sendall(b"".join(encode_command(c) for c in commands))
        return [self.read_reply() for _ in commands]


def main():
    host = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 6379
    r = Redis(host, port, timeout=5)
    print(r.execute("PING"))
    print(r.execute("DEL", "mpdemo:k", "mpdemo:n", "mpdemo:l"))
    blob = bytes(range(256)) + b"\r\n$-1\r\n*2\r\n"
    print(r.execute("SET", "mpdemo:k", blob))
    print(r.execute("GET", "mpdemo:k") == blob)
    print(r.execute("INCR", "mpdemo:n"), r.execute("INCRBY", "mpdemo:n", 41))
    print(r.execute("LPUSH", "mpdemo:l", "a", "b", "c"))
    print(r.execute("LRANGE", "mpdemo:l", 0, -1))
    print(r.execute("GET", "mpdemo:missing"))
    try:
        r.execute("INCR", "mpdemo:l")
    except RedisError as e:
        print("error:", str(e)[:9])
    replies = r.pipeline([("INCR", "mpdemo:n") for _ in range(1000)])
    print(len(replies), replies[0], replies[-1])
    print(r.execute("DEL", "mpdemo:k", "mpdemo:n", "mpdemo:l"))
    r.close()


if __name__ == "__main__":
    main()
