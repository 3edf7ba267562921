# uuid: RFC 4122 UUID objects and uuid1/uuid3/uuid4/uuid5.
import os

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    "reserved for NCS compatibility", "specified in RFC 4122",
    "reserved for Microsoft compatibility", "reserved for future definition"]

_FIELD_BITS = (32, 16, 16, 8, 8, 48)


class UUID:
    __slots__ = ("int", "_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None,
                 *, is_safe=None):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, "
                            "or int arguments must be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            int = _int(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:]
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            int = _int.from_bytes(bytes, "big")
        if fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            int = 0
            for i, (v, n) in enumerate(zip(fields, _FIELD_BITS)):
                if not 0 <= v < 1 << n:
                    raise ValueError("field %d out of range (need a%s %d-bit value)"
                                     % (i + 1, "n" if n == 8 else "", n))
                int = int << n | v
        if not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            int = int & ~(0xC000 << 48) | 0x8000 << 48
            int = int & ~(0xF000 << 64) | version << 76
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "_safe", is_safe)

    @property
    def is_safe(self):
        s = self._safe
        return __getattr__("SafeUUID").unknown if s is None else s

    def __getstate__(self):
        d = {"int": self.int}
        if self._safe is not None and self._safe.value is not None:
            d["is_safe"] = self._safe.value
        return d

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        s = state.get("is_safe")
        object.__setattr__(self, "_safe", None if s is None else __getattr__("SafeUUID")(s))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __str__(self):
        h = self.hex
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    time_low = property(lambda self: self.int >> 96)
    time_mid = property(lambda self: self.int >> 80 & 0xFFFF)
    time_hi_version = property(lambda self: self.int >> 64 & 0xFFFF)
    clock_seq_hi_variant = property(lambda self: self.int >> 56 & 0xFF)
    clock_seq_low = property(lambda self: self.int >> 48 & 0xFF)
    node = property(lambda self: self.int & 0xFFFFFFFFFFFF)
    time = property(lambda self: (self.int >> 64 & 0xFFF) << 48 | (self.int >> 80 & 0xFFFF) << 32
                    | self.int >> 96)
    clock_seq = property(lambda self: (self.clock_seq_hi_variant & 0x3F) << 8 | self.clock_seq_low)

    @property
    def variant(self):
        v = self.int >> 61
        if not v & 4:
            return RESERVED_NCS
        if not v & 2:
            return RFC_4122
        return RESERVED_MICROSOFT if not v & 1 else RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return self.int >> 76 & 0xF


_int = int


def __getattr__(name):
    # SafeUUID is made on first use: importing enum would slow every uuid user
    if name != "SafeUUID":
        raise AttributeError("module 'uuid' has no attribute %r" % name)
    g = globals()
    # is_safe calls this directly: make the class once only
    if name not in g:
        from enum import Enum

        class SafeUUID(Enum):
            safe = 0
            unsafe = -1
            unknown = None
        SafeUUID.__qualname__ = name
        g[name] = SafeUUID
    return g[name]
_node = None
_last = None


def getnode():
    # No portable way to read a MAC address: a random one with the
    # multicast bit set, as RFC 4122 section 4.5 allows.
    global _node
    if _node is None:
        _node = _int.from_bytes(os.urandom(6), "big") | 1 << 40
    return _node


def uuid1(node=None, clock_seq=None):
    global _last
    import time
    ts = time.time_ns() // 100 + 0x01B21DD213814000
    if _last is not None and ts <= _last:
        ts = _last + 1
    _last = ts
    if clock_seq is None:
        clock_seq = _int.from_bytes(os.urandom(2), "big") & 0x3FFF
    return UUID(fields=(ts & 0xFFFFFFFF, ts >> 32 & 0xFFFF, ts >> 48 & 0xFFF,
                        clock_seq >> 8 & 0x3F, clock_seq & 0xFF,
                        getnode() if node is None else node), version=1)


def _hashed(algo, namespace, name, version):
    import hashlib
    if isinstance(name, str):
        name = name.encode("utf-8")
    h = getattr(hashlib, algo)(namespace.bytes + name)
    return UUID(bytes=h.digest()[:16], version=version)


def uuid3(namespace, name):
    return _hashed("md5", namespace, name, 3)


def uuid5(namespace, name):
    return _hashed("sha1", namespace, name, 5)


def uuid4():
    return UUID(bytes=os.urandom(16), version=4)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
