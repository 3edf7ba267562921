# A minimal MQTT 3.1.1 client in the style of microcontroller code
# (MQTTClient with connect/publish/subscribe/wait_msg/check_msg/ping/
# disconnect), using socket's MicroPython stream methods as that code does:
# write(buf), write(buf, n), read(n), and setblocking(False) for
# check_msg(). For ./micropython (CPython sockets have no read/write).
#
#   mqtt_client.py [host [port]]     (defaults 127.0.0.1 1883)
#
# Run as a script: connects, subscribes to a topic, publishes to it with
# QoS 0 and 1, reads its own messages back, pings and disconnects.
import socket
import struct
import sys

CONNECT, CONNACK, PUBLISH, PUBACK = 1, 2, 3, 4
SUBSCRIBE, SUBACK, PINGREQ, PINGRESP, DISCONNECT = 8, 9, 12, 13, 14


class MQTTException(Exception):
    pass


def _utf8_field(s):
    # A length-prefixed string as MQTT encodes every text field.
    if isinstance(s, str):
        s = s.encode()
    return struct.pack("!H", len(s)) + s


def _varlen(n):
    # The "remaining length": 7 bits a byte, high bit set while more follow.
    out = bytearray()
    while True:
        digit = n & 0x7F
        n >>= 7
        out.append(digit | (0x80 if n else 0))
        if not n:
            return bytes(out)


class MQTTClient:
    def __init__(self, client_id, server, port=1883, user=None, password=None, keepalive=0):
        self.client_id = client_id
        self.server = server
        self.port = port
        self.user = user
        self.password = password
        self.keepalive = keepalive
        self.sock = None
        self.cb = None
        self.next_pid = 0

    def _take(self, n):
        # Exactly n bytes: read() on a blocking socket makes no short reads,
        # so fewer means the broker closed the connection.
        data = self.sock.read(n)
        if data is None or len(data) != n:
            raise MQTTException("connection closed")
        return data

    def _read_varlen(self):
        n = 0
        shift = 0
        while True:
            b = self._take(1)[0]
            n |= (b & 0x7F) << shift
            if not b & 0x80:
                return n
            shift += 7

    def _packet(self, kind_flags, body):
        pkt = bytes([kind_flags]) + _varlen(len(body)) + body
        self.sock.write(pkt, len(pkt))

    def set_callback(self, f):
        self.cb = f

    def connect(self, clean_session=True):
        self.sock = socket.socket()
        addr = socket.getaddrinfo(self.server, self.port)[0][-1]
        self.sock.connect(addr)
        flags = 0x02 if clean_session else 0
        if self.user is not None:
            flags |= 0x80
            if self.password is not None:
                flags |= 0x40
        body = _utf8_field("MQTT") + bytes([4, flags]) + struct.pack("!H", self.keepalive)
        body += _utf8_field(self.client_id)
        if self.user is not None:
            body += _utf8_field(self.user)
            if self.password is not None:
                body += _utf8_field(self.password)
        self._packet(CONNECT << 4, body)
        head = self._take(4)
        if head[0] != CONNACK << 4 or head[1] != 2:
            raise MQTTException("bad CONNACK %r" % head)
        if head[3] != 0:
            raise MQTTException("connection refused, code %d" % head[3])
        return head[2] & 1  # session present

    def disconnect(self):
        self.sock.write(bytes([DISCONNECT << 4, 0]))
        self.sock.close()

    def ping(self):
        self.sock.write(bytes([PINGREQ << 4, 0]))

    def _new_pid(self):
        self.next_pid = self.next_pid % 65535 + 1
        return self.next_pid

    def publish(self, topic, msg, retain=False, qos=0):
        if isinstance(msg, str):
            msg = msg.encode()
        body = _utf8_field(topic)
        pid = None
        if qos:
            pid = self._new_pid()
            body += struct.pack("!H", pid)
        self._packet((PUBLISH << 4) | (qos << 1) | (1 if retain else 0), body + msg)
        if qos == 1:
            # The broker's PUBACK may come after messages to us: serve those.
            while True:
                kind = self.wait_msg()
                if kind == PUBACK << 4:
                    return pid

    def subscribe(self, topic, qos=0):
        pid = self._new_pid()
        self._packet((SUBSCRIBE << 4) | 2, struct.pack("!H", pid) + _utf8_field(topic) + bytes([qos]))
        while True:
            kind = self.wait_msg()
            if kind == SUBACK << 4:
                granted = self.last_suback
                if granted == 0x80:
                    raise MQTTException("subscription refused")
                return granted

    def wait_msg(self):
        # Read one packet and act on it. Returns its first byte, or None
        # when the socket is non-blocking and nothing has come.
        first = self.sock.read(1)
        if first is None:
            return None
        if first == b"":
            raise MQTTException("connection closed")
        kind = first[0]
        n = self._read_varlen()
        body = self._take(n) if n else b""
        ptype = kind >> 4
        if ptype == PINGRESP:
            return kind
        if ptype == PUBACK:
            self.last_puback = struct.unpack("!H", body[:2])[0]
            return kind
        if ptype == SUBACK:
            self.last_suback = body[2]
            return kind
        if ptype == PUBLISH:
            tlen = struct.unpack("!H", body[:2])[0]
            topic = body[2 : 2 + tlen]
            pos = 2 + tlen
            qos = (kind >> 1) & 3
            if qos:
                pid = body[pos : pos + 2]
                pos += 2
            if self.cb:
                self.cb(topic, body[pos:])
            if qos == 1:
                self.sock.write(bytes([PUBACK << 4, 2]) + pid)
            return kind
        raise MQTTException("unexpected packet %#x" % kind)

    def check_msg(self):
        # Serve a pending packet if there is one; never wait for one.
        self.sock.setblocking(False)
        try:
            return self.wait_msg()
        finally:
            self.sock.setblocking(True)


def main():
    host = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 1883
    got = []
    c = MQTTClient("mp-demo", host, port, keepalive=30)
    c.set_callback(lambda t, m: got.append((t, m)))
    print("session present", c.connect())
    print("granted", c.subscribe(b"mp/demo/#", 1))
    print("check_msg idle", c.check_msg())
    c.publish(b"mp/demo/a", b"qos0 hello")
    print("puback pid", c.publish("mp/demo/b", bytes(range(256)) * 40, qos=1))
    while len(got) < 2:
        c.wait_msg()
    for t, m in got:
        print(t, len(m), m[:10])
    c.ping()
    print("pingresp", c.wait_msg() == PINGRESP << 4)
    c.disconnect()


if __name__ == "__main__":
    main()
