# An MQTT-like broker and two clients in one thread, of the kind a third-party
# test writes: binary frames (type byte, varint length, struct fields),
# non-blocking sockets, one select.poll() loop with a timeout, output
# buffers flushed on POLLOUT (a 300 KB payload forces short writes), a ping
# sent when the loop goes idle (the poll timed out), QoS 1 acks, then
# disconnects that the broker sees as EOF.
import errno
import select
import socket
import struct

CONNECT, CONNACK, PUBLISH, PUBACK, SUBSCRIBE, SUBACK = 1, 2, 3, 4, 8, 9
PINGREQ, PINGRESP, DISCONNECT = 12, 13, 14


def frame(kind, body=b""):
    n = len(body)
    head = bytearray([kind << 4])
    while True:
        b = n & 0x7F
        n >>= 7
        head.append(b | (0x80 if n else 0))
        if not n:
            return bytes(head) + body


def unframe(buf):
    # -> (kind, body, rest) or None if buf holds no whole frame yet
    n = shift = 0
    i = 1
    while True:
        if i >= len(buf):
            return None
        b = buf[i]
        n |= (b & 0x7F) << shift
        shift += 7
        i += 1
        if not b & 0x80:
            break
    if len(buf) < i + n:
        return None
    return buf[0] >> 4, bytes(buf[i:i + n]), buf[i + n:]


def pack_str(s):
    return struct.pack(">H", len(s)) + s


def unpack_str(body, at=0):
    (n,) = struct.unpack_from(">H", body, at)
    return body[at + 2:at + 2 + n], at + 2 + n


def key(x):
    # poll() gives fds in CPython, the registered objects in MicroPython
    return x if isinstance(x, int) else x.fileno()


class Conn:
    def __init__(self, sock, name, broker=False, connecting=False):
        self.sock = sock
        self.name = name
        self.broker = broker  # the broker's end (else a client's)
        self.connecting = connecting
        self.inbuf = b""
        self.outbuf = b""
        self.closed = False

    def send(self, data):
        self.outbuf += data
        poller.modify(self.sock, select.POLLIN | select.POLLOUT)

    def flush(self):
        while self.outbuf:
            try:
                n = self.sock.send(self.outbuf)
            except OSError as e:
                if e.errno == errno.EAGAIN:
                    stats["short writes"] += 1
                    return
                raise
            if n < len(self.outbuf):
                stats["short writes"] += 1
            self.outbuf = self.outbuf[n:]
        poller.modify(self.sock, select.POLLIN)

    def fill(self):
        # -> the whole frames received so far; [] and closed at EOF
        try:
            data = self.sock.recv(65536)
        except OSError as e:
            if e.errno == errno.EAGAIN:
                return []
            raise
        if not data:
            self.closed = True
            return []
        self.inbuf += data
        frames = []
        while True:
            f = unframe(self.inbuf)
            if f is None:
                return frames
            frames.append(f[:2])
            self.inbuf = f[2]


stats = {"short writes": 0, "pings": 0, "pongs": 0, "idle": 0}
log = []
poller = select.poll()
conns = {}

lsock = socket.socket()
lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
# small kernel buffers (inherited by the accepted sockets): the big payload
# cannot go in one send()
lsock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
lsock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
lsock.bind(("127.0.0.1", 0))
lsock.listen(4)
lsock.setblocking(False)
poller.register(lsock, select.POLLIN)

# the broker's state
subs = {}  # topic prefix -> [Conn]


def broker(conn, kind, body):
    if kind == CONNECT:
        cid, _ = unpack_str(body)
        conn.name = "broker<" + cid.decode() + ">"
        conn.send(frame(CONNACK, b"\x00\x00"))
    elif kind == SUBSCRIBE:
        (pid,) = struct.unpack_from(">H", body)
        topic, at = unpack_str(body, 2)
        subs.setdefault(topic, []).append(conn)
        conn.send(frame(SUBACK, struct.pack(">HB", pid, body[at])))
    elif kind == PUBLISH:
        topic, at = unpack_str(body)
        (pid,) = struct.unpack_from(">H", body, at)
        for prefix, targets in subs.items():
            if topic.startswith(prefix):
                for t in targets:
                    t.send(frame(PUBLISH, body))
        conn.send(frame(PUBACK, struct.pack(">H", pid)))
    elif kind == PINGREQ:
        conn.send(frame(PINGRESP))
    elif kind == DISCONNECT:
        log.append(conn.name + " disconnect")


def client_connect(name):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    s.setblocking(False)
    err = s.connect_ex(lsock.getsockname())
    log.append(name + " connect_ex in progress: %s" % (err in (0, errno.EINPROGRESS)))
    c = Conn(s, name, connecting=True)
    conns[s.fileno()] = c
    poller.register(s, select.POLLOUT)
    return c


sub = client_connect("sub")
pub = client_connect("pub")
received = []
acked = []
payloads = [b"t=%d" % i for i in range(20)] + [bytes(range(256)) * 1200, b"last"]
state = {"published": False, "subscribed": False, "done": False}


def client(c, kind, body):
    if kind == CONNACK:
        log.append(c.name + " connack %r" % body)
        if c is sub:
            c.send(frame(SUBSCRIBE, struct.pack(">H", 7) + pack_str(b"sensors/") + b"\x01"))
    elif kind == SUBACK:
        log.append(c.name + " suback %r" % (struct.unpack(">HB", body),))
        state["subscribed"] = True
    elif kind == PUBLISH:
        topic, at = unpack_str(body)
        (pid,) = struct.unpack_from(">H", body, at)
        received.append((topic.decode(), pid, len(body) - at - 2, sum(body[at + 2:]) & 0xFFFF))
    elif kind == PUBACK:
        acked.append(struct.unpack(">H", body)[0])
    elif kind == PINGRESP:
        stats["pongs"] += 1


def publish_all():
    for i, p in enumerate(payloads):
        topic = b"sensors/%d" % (i % 3) if i != 5 else b"other/5"
        pub.send(frame(PUBLISH, pack_str(topic) + struct.pack(">H", i + 1) + p))
    state["published"] = True


rounds = 0
while not state["done"] and rounds < 5000:
    rounds += 1
    events = poller.poll(30)
    if not events:
        # idle: the clients ping; the publisher starts after the first idle
        stats["idle"] += 1
        if state["subscribed"]:
            sub.send(frame(PINGREQ))
            stats["pings"] += 1
            if not state["published"]:
                publish_all()
        continue
    for x, ev in events:
        fd = key(x)
        if fd == lsock.fileno():
            s, _ = lsock.accept()
            s.setblocking(False)
            conns[s.fileno()] = Conn(s, "broker<?>", broker=True)
            poller.register(s, select.POLLIN)
            continue
        c = conns[fd]
        if c.connecting:
            if ev & select.POLLOUT:
                c.connecting = False
                log.append(c.name + " connected, SO_ERROR %d" % c.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
                poller.modify(c.sock, select.POLLIN)
                c.send(frame(CONNECT, pack_str(c.name.encode())))
            continue
        if ev & select.POLLOUT:
            c.flush()
        if ev & (select.POLLIN | select.POLLHUP | select.POLLERR):
            for kind, body in c.fill():
                (broker if c.broker else client)(c, kind, body)
            if c.closed:
                log.append(c.name + " saw EOF")
                poller.unregister(c.sock)
                c.sock.close()
                del conns[fd]
    if state["published"] and len(acked) == len(payloads) and len(received) == len(payloads) - 1:
        if stats["pongs"] == stats["pings"] and not sub.outbuf and not pub.outbuf:
            for c in (sub, pub):
                c.sock.setblocking(True)
                c.sock.sendall(frame(DISCONNECT))
                poller.unregister(c.sock)
                del conns[c.sock.fileno()]
                c.sock.close()
            # let the broker read the disconnects and the EOFs
            while conns:
                for x, ev in poller.poll(1000):
                    fd = key(x)
                    c = conns[fd]
                    for kind, body in c.fill():
                        broker(c, kind, body)
                    if c.closed:
                        log.append(c.name + " saw EOF")
                        poller.unregister(c.sock)
                        c.sock.close()
                        del conns[fd]
            state["done"] = True

# (the two clients' steps interleave in an order that may vary)
for line in sorted(log):
    print(line)
for r in received:
    print("sub got", r)
print("acks", acked)
print("pinged while idle:", stats["pings"] >= 1, "pongs match:", stats["pongs"] == stats["pings"])
print("short writes seen:", stats["short writes"] > 0)
print("done:", state["done"])
lsock.close()
