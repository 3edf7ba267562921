# binary protocol: packet encoding with array, memoryview, bytearray, bit twiddling
import array, struct

def checksum(data):
    s = 0
    for i in range(0, len(data) - 1, 2):
        s += data[i] << 8 | data[i + 1]
    if len(data) % 2:
        s += data[-1] << 8
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF

class Packet:
    HDR = struct.Struct(">BBHI")
    def __init__(self, kind, flags, payload):
        self.kind, self.flags, self.payload = kind, flags, bytes(payload)
    def encode(self):
        hdr = self.HDR.pack(self.kind, self.flags, len(self.payload), 0)
        body = bytearray(hdr + self.payload)
        struct.pack_into(">I", body, 4, checksum(body))
        return bytes(body)
    @classmethod
    def decode(cls, raw):
        kind, flags, n, ck = cls.HDR.unpack_from(raw)
        body = bytearray(raw)
        body[4:8] = b"\0\0\0\0"
        if checksum(body) != ck:
            raise ValueError("bad checksum")
        return cls(kind, flags, raw[cls.HDR.size:cls.HDR.size + n])
    def __repr__(self):
        return "Packet(kind=%d, flags=0b%s, payload=%r)" % (self.kind, format(self.flags, "04b"), self.payload)

pk = Packet(3, 0b1010, b"hello\x00world")
raw = pk.encode()
print(raw.hex(), len(raw), Packet.HDR.size, Packet.HDR.format)
print(Packet.decode(raw))
bad = bytearray(raw); bad[-1] ^= 1
try:
    Packet.decode(bytes(bad))
except ValueError as e:
    print("ValueError", e)

a = array.array("h", [1, -2, 3, 30000])
a.append(-32768)
a.extend([7, 8])
print(a, a.itemsize, len(a), a[1], a[-2:], sum(a), a.tobytes()[:6], a.typecode)
b = array.array("d", (x / 4 for x in range(5)))
print(b, list(b), b[2] * 2, array.array("B", b"\x01\x02\xff"), array.array("I", [1, 2]) == array.array("I", [1, 2]))
try:
    array.array("b", [200])
except OverflowError:
    print("OverflowError")
c = array.array("i", [5, 3, 9])
c[1] = 4; c.reverse()
print(c, c.index(9), 4 in c, c + array.array("i", [1]), c * 2)
m = memoryview(bytearray(b"abcdefgh"))
print(m[2], bytes(m[1:4]), m.nbytes, len(m), m.readonly, m.tobytes(), m[::2].tobytes())
m[0:2] = b"XY"
print(m.obj, bytes(m))
mi = memoryview(array.array("i", [10, 20, 30]))
print(mi[1], mi.itemsize, mi.format, mi.tolist(), mi.cast("B").tolist()[:8])
ba = bytearray(b"hello world")
ba[0] = ord("H"); ba[6:] = b"World!!"; del ba[-1]
ba.insert(0, 62); ba.extend(b"?"); ba += b"."
print(ba, ba.pop(), ba.find(b"o"), ba.count(b"l"), ba.replace(b"l", b"L"), ba.upper(), bytes(ba[::-1]), ba.decode().title())
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\xff\xfe", "little"), (-2).to_bytes(2, "big", signed=True), (1024).to_bytes(3, "little"))
def bits(n, w=8):
    return format(n & ((1 << w) - 1), "0%db" % w)
x = 0b10110010
print(bits(x), bits(x << 1), bits(x >> 3), bits(~x), bits(x & 0x0F), bits(x | 1), bits(x ^ 0xFF), bin(x).count("1"), x.bit_length())
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
def reverse_bits(n, w=8):
    r = 0
    for _ in range(w):
        r = r << 1 | n & 1
        n >>= 1
    return r
print([popcount(i) for i in range(16)], bits(reverse_bits(x)), [i for i in range(64) if i & (i - 1) == 0])
def gray(n): return n ^ (n >> 1)
print([bits(gray(i), 3) for i in range(8)])
def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)
def unvarint(b):
    n = shift = 0
    for byte in b:
        n |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    return n
for v in [0, 1, 127, 128, 300, 16384, 2 ** 35 + 7, 2 ** 70]:
    e = varint(v)
    print(v, e.hex(), unvarint(e) == v)
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"a-b_c".translate(None, b"-_"), bytes(range(65, 70)), b"%05.1f|%x" % (3.14159, 255))
print("é€😀".encode("utf-16-le").hex(), "é€😀".encode("utf-32-be")[:8].hex() if True else "", "abc".encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"))
