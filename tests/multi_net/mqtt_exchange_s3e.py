# MQTT 3.1.1 bytes on the wire, as a microcontroller client and a broker
# exchange them: CONNECT/CONNACK, SUBSCRIBE/SUBACK, PUBLISH at QoS 0 and 1
# (PUBACK both ways), payloads whose "remaining length" takes 1, 2 and 3
# bytes, PINGREQ/PINGRESP, a non-blocking check for a message that has not
# come (read(1) -> None), DISCONNECT. instance0 is a one-client broker stub
# that echoes every PUBLISH to the subscribed topic back; instance1 is a
# umqtt.simple-style client. Both use the MicroPython stream methods when
# the socket has them (read(n), write(buf, n)), else the CPython makefile.


def stream(sock):
    # The object to read(n)/write() on: the socket itself in MicroPython.
    return sock if hasattr(sock, "read") else sock.makefile("rwb", 0)


def read_exact(f, n):
    data = b""
    while len(data) < n:
        part = f.read(n - len(data))
        if not part:
            raise OSError("peer closed after %d of %d bytes" % (len(data), n))
        data += part
    return data


def write_all(f, buf, n=None):
    # MicroPython's write(buf, n) form when there is one (no short writes
    # while blocking), else a loop over the raw writer.
    n = len(buf) if n is None else n
    if hasattr(f, "recv"):
        f.write(buf, n)
        return
    view = memoryview(buf)[:n]
    while view:
        view = view[f.write(view) :]


def encode_len(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | 0x80 if n else b)
        if not n:
            return bytes(out)


def read_packet(f):
    # -> (first byte, body); first None at EOF.
    head = f.read(1)
    if not head:
        return None, b""
    n = 0
    shift = 0
    while True:
        b = read_exact(f, 1)[0]
        n |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            break
    return head[0], read_exact(f, n)


def packet(first, body):
    return bytes([first]) + encode_len(len(body)) + body


def field(s):
    return bytes([len(s) >> 8, len(s) & 255]) + s


def instance0():
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    multitest.globals(PORT=listener.getsockname()[1])
    multitest.next()
    conn, _ = listener.accept()
    conn.settimeout(10)
    f = stream(conn)
    subscribed = None
    while True:
        first, body = read_packet(f)
        if first is None:
            print("broker: EOF")
            break
        kind = first >> 4
        if kind == 1:
            proto = body[2:6]
            level, flags, keepalive = body[6], body[7], body[8] << 8 | body[9]
            cid = body[12 : 12 + (body[10] << 8 | body[11])]
            print("broker: CONNECT", proto, level, flags, keepalive, cid)
            write_all(f, b"\x20\x02\x00\x00")
        elif kind == 8:
            pid = body[:2]
            tlen = body[2] << 8 | body[3]
            subscribed = body[4 : 4 + tlen]
            print("broker: SUBSCRIBE", first & 15, subscribed, "qos", body[4 + tlen])
            write_all(f, packet(0x90, pid + bytes([1])))
        elif kind == 3:
            qos = (first >> 1) & 3
            tlen = body[0] << 8 | body[1]
            topic = body[2 : 2 + tlen]
            pos = 2 + tlen
            pid = b""
            if qos:
                pid = body[pos : pos + 2]
                pos += 2
            payload = body[pos:]
            print("broker: PUBLISH", topic, "qos", qos, "len", len(payload), "retain", first & 1)
            if qos == 1:
                write_all(f, b"\x40\x02" + pid)
            if subscribed is not None and topic.startswith(subscribed.rstrip(b"#")):
                # Sent on at QoS 1 with the broker's own packet id.
                out = field(topic) + b"\x12\x34" + payload
                write_all(f, packet(0x32, out))
        elif kind == 4:
            print("broker: PUBACK", body)
        elif kind == 12:
            print("broker: PINGREQ")
            write_all(f, b"\xd0\x00")
        elif kind == 14:
            print("broker: DISCONNECT")
            break
        else:
            print("broker: unexpected", first)
            break
    conn.close()
    listener.close()


class Client:
    # The umqtt.simple shape: connect(), subscribe(), publish(), wait_msg(),
    # check_msg(), ping(), disconnect(), and a callback for messages.
    def __init__(self, cid, host, port, keepalive=60):
        import socket

        self.sock = socket.socket()
        self.sock.settimeout(10)
        self.sock.connect(socket.getaddrinfo(host, port)[0][-1])
        self.f = stream(self.sock)
        self.cid = cid
        self.keepalive = keepalive
        self.pid = 0
        self.cb = None

    def connect(self):
        body = field(b"MQTT") + bytes([4, 2, self.keepalive >> 8, self.keepalive & 255])
        body += field(self.cid)
        pkt = packet(0x10, body)
        # umqtt writes the fixed header with write(buf, n) from a larger buffer.
        hdr = bytearray(pkt[:2] + b"\x00\x00\x00")
        write_all(self.f, hdr, 2)
        write_all(self.f, pkt[2:])
        resp = read_exact(self.f, 4)
        return resp

    def subscribe(self, topic, qos=1):
        self.pid += 1
        write_all(self.f, packet(0x82, bytes([0, self.pid]) + field(topic) + bytes([qos])))
        first, body = read_packet(self.f)
        return first, body

    def publish(self, topic, msg, qos=0, retain=False):
        body = field(topic)
        if qos:
            self.pid += 1
            body += bytes([0, self.pid])
        write_all(self.f, packet(0x30 | qos << 1 | retain, body + msg))
        if qos:
            # Messages may come before the PUBACK: serve them meanwhile.
            while True:
                first = self.wait_msg()
                if first >> 4 == 4:
                    return self.last
        return None

    def wait_msg(self):
        first, body = read_packet(self.f)
        if first is None:
            return None
        self.last = body
        if first >> 4 == 3:
            tlen = body[0] << 8 | body[1]
            topic = body[2 : 2 + tlen]
            qos = (first >> 1) & 3
            pos = 2 + tlen + (2 if qos else 0)
            self.cb(topic, body[pos:])
            if qos == 1:
                write_all(self.f, b"\x40\x02" + body[2 + tlen : 4 + tlen])
        return first

    def check_msg(self):
        self.sock.setblocking(False)
        try:
            b = self.f.read(1)
        finally:
            self.sock.setblocking(True)
            self.sock.settimeout(10)
        return b

    def ping(self):
        write_all(self.f, b"\xc0\x00")
        return read_exact(self.f, 2)

    def disconnect(self):
        write_all(self.f, b"\xe0\x00")
        self.sock.close()


def instance1():
    multitest.next()
    got = []
    c = Client(b"mcu-1", "127.0.0.1", PORT)
    c.cb = lambda t, m: got.append((t, len(m), m[:4], m[-4:]))
    print("CONNACK", c.connect())
    print("SUBACK", c.subscribe(b"sensors/#"))
    print("check_msg", c.check_msg())
    c.publish(b"sensors/t", b"21.5")
    print("PUBACK", c.publish(b"sensors/big", bytes(range(256)) * 100, qos=1))
    c.publish(b"other/x", b"\x00" * 200, qos=1)
    # 3-byte remaining length (>= 16384), retained
    c.publish(b"sensors/huge", b"\xffab\r\n" * 8000, qos=0, retain=True)
    while len(got) < 3:
        c.wait_msg()
    for g in got:
        print("message", g)
    print("PINGRESP", c.ping())
    c.disconnect()
