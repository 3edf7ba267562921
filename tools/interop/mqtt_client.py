# A minimal MQTT 3.1.1 client in the style of a MicroPython "simple" client:
# one blocking socket, write()/read() of whole packets, bytes throughout.
# Written from the MQTT 3.1.1 specification. Runs under ./micropython and
# python3 and prints the same lines.
#
#   mqtt_client.py PORT        (a broker such as mosquitto on 127.0.0.1:PORT)
import socket
import struct
import sys
import time


class MQTTError(Exception):
    pass


class Client:
    def __init__(self, client_id, host="127.0.0.1", port=1883, keepalive=30):
        self.client_id = client_id
        self.host = host
        self.port = port
        self.keepalive = keepalive
        self.sock = None
        self.pid = 0
        self.cb = None

    # -- wire helpers -------------------------------------------------------
    def _read(self, n):
        data = self.f.read(n)
        if data is None or len(data) != n:
            raise MQTTError("short read: wanted %d, got %r" % (n, None if data is None else len(data)))
        return data

    def _send_str(self, s):
        if isinstance(s, str):
            s = s.encode()
        return struct.pack("!H", len(s)) + s

    @staticmethod
    def _varlen(n):
        out = bytearray()
        while True:
            b = n & 0x7F
            n >>= 7
            if n:
                b |= 0x80
            out.append(b)
            if not n:
                return bytes(out)

    def _recv_len(self):
        n = 0
        shift = 0
        while True:
            b = self._read(1)[0]
            n |= (b & 0x7F) << shift
            if not b & 0x80:
                return n
            shift += 7
            if shift > 21:
                raise MQTTError("bad remaining length")

    def _write(self, data):
        # On MicroPython makefile() is the socket itself and flush() does
        # nothing; CPython's buffered file needs it.
        self.f.write(data)
        self.f.flush()

    def _packet(self, first, body):
        self._write(bytes([first]) + self._varlen(len(body)) + body)

    def _next_pid(self):
        self.pid = self.pid % 65535 + 1
        return self.pid

    # -- API ----------------------------------------------------------------
    def set_callback(self, f):
        self.cb = f

    def connect(self, clean_session=True):
        ai = socket.getaddrinfo(self.host, self.port, 0, socket.SOCK_STREAM)[0]
        self.sock = socket.socket(ai[0], ai[1], ai[2])
        self.sock.settimeout(10)
        self.sock.connect(ai[-1])
        self.f = self.sock.makefile("rwb")
        flags = 0x02 if clean_session else 0
        body = self._send_str("MQTT") + bytes([4, flags]) + struct.pack("!H", self.keepalive)
        body += self._send_str(self.client_id)
        self._packet(0x10, body)
        resp = self._read(4)
        if resp[0] != 0x20 or resp[1] != 2:
            raise MQTTError("bad CONNACK %r" % resp)
        if resp[3] != 0:
            raise MQTTError("CONNACK refused, code %d" % resp[3])
        return resp[2] & 1

    def disconnect(self):
        self._write(b"\xe0\x00")
        self.f.close()
        self.sock.close()

    def ping(self):
        self._write(b"\xc0\x00")

    def publish(self, topic, msg, qos=0, retain=False):
        if isinstance(msg, str):
            msg = msg.encode()
        body = self._send_str(topic)
        pid = 0
        if qos:
            pid = self._next_pid()
            body += struct.pack("!H", pid)
        self._packet(0x30 | (qos << 1) | (1 if retain else 0), body + msg)
        if qos == 1:
            while True:
                op = self.wait_msg()
                if op == 0x40:
                    got = struct.unpack("!H", self._read(2))[0]
                    if got == pid:
                        return pid

    def subscribe(self, topic, qos=0):
        pid = self._next_pid()
        body = struct.pack("!H", pid) + self._send_str(topic) + bytes([qos])
        self._packet(0x82, body)
        while True:
            op = self.wait_msg()
            if op == 0x90:
                rest = self._read(3)
                if struct.unpack("!H", rest[:2])[0] != pid:
                    raise MQTTError("bad SUBACK %r" % rest)
                if rest[2] == 0x80:
                    raise MQTTError("subscription refused")
                return rest[2]

    # Reads one packet. PUBLISH goes to the callback (and is acked for QoS 1);
    # for other types the header byte is returned with the remaining-length
    # byte consumed (the caller reads the rest). None: nothing was pending on
    # a non-blocking socket.
    def wait_msg(self):
        res = self.f.read(1)
        # check_msg() polls for the first byte only; the rest of a packet
        # that has begun is waited for.
        self.sock.settimeout(10)
        if res is None:
            return None
        if res == b"":
            raise MQTTError("connection closed by broker")
        op = res[0]
        if op == 0xD0:  # PINGRESP
            if self._read(1) != b"\x00":
                raise MQTTError("bad PINGRESP")
            return op
        if op & 0xF0 != 0x30:
            # PUBACK, SUBACK, ...: the caller reads the body after the length.
            if self._read(1)[0] & 0x80:
                raise MQTTError("unexpected long packet 0x%02x" % op)
            return op
        n = self._recv_len()
        tlen = struct.unpack("!H", self._read(2))[0]
        topic = self._read(tlen)
        n -= tlen + 2
        pid = None
        if op & 6:
            pid = struct.unpack("!H", self._read(2))[0]
            n -= 2
        msg = self._read(n) if n else b""
        if self.cb:
            self.cb(topic, msg)
        if op & 6 == 2:
            self._write(b"\x40\x02" + struct.pack("!H", pid))
        return op

    def check_msg(self):
        self.sock.setblocking(False)
        return self.wait_msg()


def check(name, ok):
    print("%s %s" % ("PASS" if ok else "FAIL", name))
    return ok


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 1883
    got = []

    def cb(topic, msg):
        got.append((topic, msg))

    sub = Client("mp-sub", port=port)
    sub.set_callback(cb)
    check("connect sub", sub.connect() == 0)
    check("subscribe qos0", sub.subscribe(b"test/#", 0) == 0)
    check("subscribe qos1", sub.subscribe("q1/t", 1) == 1)

    pub = Client("mp-pub", port=port)
    check("connect pub", pub.connect() == 0)
    pub.publish("test/a", b"hello")
    pub.publish("test/b", "text message")
    check("publish qos1 acked", pub.publish("q1/t", b"acked", qos=1) == pub.pid)
    big = bytes(i & 0xFF for i in range(100 * 1024))
    pub.publish("test/big", big)
    check("publish 100KB qos1 acked", pub.publish("q1/t", big, qos=1) > 0)
    pub.ping()
    check("pingresp", pub.wait_msg() == 0xD0)

    deadline = time.time() + 10
    while len(got) < 5 and time.time() < deadline:
        sub.wait_msg()
    check("received 5", len(got) == 5)
    check("msg order/content", [t for t, m in got] == [b"test/a", b"test/b", b"q1/t", b"test/big", b"q1/t"])
    check("small payloads", got[0][1] == b"hello" and got[1][1] == b"text message" and got[2][1] == b"acked")
    check("100KB payload qos0", got[3][1] == big)
    check("100KB payload qos1", got[4][1] == big)

    # Non-blocking check with nothing pending, then a message arriving.
    check("check_msg idle", sub.check_msg() is None)
    pub.publish("test/late", b"late")
    pub.publish("test/late", big)
    deadline = time.time() + 5
    while len(got) < 7 and time.time() < deadline:
        if sub.check_msg() is None:
            time.sleep(0.01)
    check("check_msg delivers", got[5:] == [(b"test/late", b"late"), (b"test/late", big)])
    sub.ping()
    check("sub pingresp", sub.wait_msg() == 0xD0)
    pub.disconnect()
    sub.disconnect()
    print("mqtt: done")


main()
